// The notifications feature's public entry (server side).
import "server-only";

export { E164, familyTemplateForStatus, messageReporter, notifyReporter } from "./family";
export {
  isValidUnsubscribeToken,
  withdrawEmailUpdates,
  withdrawEmailUpdatesOfCase,
  type WithdrawResult,
} from "./unsubscribe-data";
export { receiveInboundSms, type InboundSmsOutcome } from "./sms-inbound-data";
