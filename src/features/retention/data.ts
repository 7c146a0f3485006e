// The retention feature's public face for pages and other features (decision 143).
import "server-only";
export { listRetentionRules, loadRetentionRules, updateRetentionRule } from "./rules-data";
export { getRetentionDryRun, listUndoable, restoreRetained } from "./undo-data";
export { applyRetention, reportRetention, type RetentionReport } from "./run";
