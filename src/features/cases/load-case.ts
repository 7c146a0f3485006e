import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { getCaseForViewer, listAssignees, type Assignees, type CaseDetail } from "./data";

/** For the case pages: the case (logged as VIEW or PRINT), or the not-found page. */
export async function loadCaseOrNotFound(
  viewer: Viewer,
  caseNumber: string,
  action: "VIEW" | "PRINT",
): Promise<CaseDetail> {
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
    throw err;
  }
}

export async function loadAssignees(viewer: Viewer, c: CaseDetail): Promise<Assignees | null> {
  return c.writable.includes("case:assign") ? listAssignees(viewer, c.caseNumber) : null;
}
