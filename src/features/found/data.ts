import "server-only";
// The found feature's data layer: every Prisma call and every authorization check of found
// records lives in data/*; pages, actions and route handlers import from here.
export { getFoundForViewer, type FoundDetail } from "./data/detail";
export { getFoundPhotoForViewer } from "./data/photo";
export { FoundRejectedError, recordFoundPerson, type RecordedFound } from "./data/record";
export {
  FOUND_PAGE_SIZE,
  searchFoundPersons,
  type FoundSearchPage,
  type FoundSearchRow,
} from "./data/search";
export { addFoundNote, changeFoundStatus } from "./data/workflow";
export { logFoundAccess, recordFoundEvent } from "./data/audit";
