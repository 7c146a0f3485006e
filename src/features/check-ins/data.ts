// The check-ins feature's server-side entry (decision 142).
import "server-only";

export {
  answerCheckIn,
  CheckInLinkError,
  lookUpCheckIn,
  type CheckInLinkProblem,
  type CheckInLookup,
} from "./answer";
export { checkInProblemResponse } from "./problem-page";
export { sendDueCheckIns } from "./schedule";
export { listPendingCheckIns, PENDING_PAGE_SIZE, type PendingCheckIn } from "./pending-data";
export { recordFamilyAnswer, type AnswerSource } from "./family-answer-data";
