// The retention feature's public face for pages and other features (decision 143).
import "server-only";
export { listRetentionRules, loadRetentionRules, updateRetentionRule } from "./rules-data";
