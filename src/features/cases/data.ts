// Every database access of the cases feature, each scoped by src/server/policy.ts.
import "server-only";

export { listRegionOptions, searchCases } from "./data/search";
export {
  getCaseForViewer,
  type CaseCard,
  type CaseDetail,
  type CaseView,
  type LinkedCase,
} from "./data/case-detail";
export { giveAccessReason, ReasonRequiredError } from "./data/access-reason";
export { sealCase, sealOfferFor, unsealCase, type SealOffer } from "./data/seal";
export type { TimelineEntry } from "./data/timeline";
export { changeCaseStatus, moveCaseStatus } from "./data/workflow";
export { requestFamilyInformation } from "./data/info-request";
export { addCaseNote, assignCase, listAssignees, setTraffickingFlag, type Assignees } from "./data/casework";
export { releaseHeldPhoto, setPublicationApproval } from "./data/links";
export { findMergedPrimary, mergeClaims, unmergeClaim } from "./data/merge";
export {
  answerOwnerRequest,
  mayRequestOwner,
  OWNER_REQUEST,
  OWNER_REQUEST_ANSWERED,
  requestOwningCountry,
} from "./data/owner-request";
