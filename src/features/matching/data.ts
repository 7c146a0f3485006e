import "server-only";
// The matching feature's data layer for staff: the review queue, one pair side by side, and the
// review decisions. The engine itself is in engine/ (also run by the seed and the benchmark).
export { decideMatch } from "./data/decide";
export {
  claimSelect as compareClaimSelect,
  foundSelect as compareFoundSelect,
  getProposalForViewer,
  type ProposalDetail,
} from "./data/detail";
export {
  listProposals,
  listProposalsAfter,
  type ProposalKey,
  listProposalsForCase,
  MATCH_PAGE_SIZE,
  type CaseProposals,
  listSecondTier,
  SECOND_TIER_SHOWN,
  type SecondTier,
  type ProposalList,
} from "./data/list";
export { scheduleMatching, settleMatching } from "./schedule";
export { startFullRematch } from "./data/rematch";
