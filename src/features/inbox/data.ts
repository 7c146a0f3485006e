// Every database access of the inbox feature. Other features write items through write.ts
// (addInboxItem / notifyCaseTeam) inside their own transactions.
import "server-only";

export {
  addInboxItem,
  addInboxItems,
  caseTeamAddress,
  inboxItemRow,
  CASE_TEAM_ROLES,
  notifyCaseTeam,
  type InboxAddress,
  type NewInboxItem,
} from "./write";
export {
  countUnread,
  countUnreadByKind,
  INBOX_PAGE_SIZE,
  listInbox,
  markInboxItem,
  UNREAD_CAP,
  type InboxEntry,
  type InboxMark,
} from "./read-data";
export { EMAILED_KINDS } from "./alert-email-data";
