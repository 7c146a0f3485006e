import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import {
  getCaseForViewer,
  listAssignees,
  ReasonRequiredError,
  type Assignees,
  type CaseDetail,
  type CaseView,
} from "./data";

/** A claim whose read needs the officer's reason first: the page asks for it. */
export interface ReasonPrompt {
  access: "reason";
  caseNumber: string;
}

/** For the case pages: the case (logged as VIEW or PRINT), the reason prompt, or not-found. */
export async function loadCaseOrNotFound(
  viewer: Viewer,
  caseNumber: string,
  action: "VIEW" | "PRINT",
): Promise<CaseView | ReasonPrompt> {
  let number: string;
  try {
    number = decodeURIComponent(caseNumber).trim().toUpperCase();
  } catch {
    notFound(); // a malformed %-sequence in the address
  }
  try {
    return await getCaseForViewer(viewer, number, action);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ReasonRequiredError) return { access: "reason", caseNumber: err.caseNumber };
    throw err;
  }
}

export async function loadAssignees(viewer: Viewer, c: CaseDetail): Promise<Assignees | null> {
  return c.writable.includes("case:assign") ? listAssignees(viewer, c.caseNumber) : null;
}
