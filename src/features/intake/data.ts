// The intake's server-side entry points. Each lives in its own file (all "server-only"); this
// module is the one other features import.
import "server-only";

export { fileClaim, ClaimRejectedError, type FileClaimContext, type FiledClaim } from "./file-claim";
export {
  getClaimStatus,
  findTrackedCase,
  withdrawConsent,
  canonicalCaseNumber,
  ClaimNotFoundError,
  type ClaimStatus,
  type ContactPoint,
} from "./claim-status";
export { getClaimCopy, type ClaimCopy } from "./claim-copy";
export { preparePhotos, type PreparedPhoto } from "@/server/photos";
export { getCasePhotoForViewer } from "./photo-access";
export { writeTrackState } from "./track-session";
