import "server-only";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { caseAccess } from "@/server/consent";
import { canReadInstitution, caseReadAccess, foundReadScope } from "@/server/policy";
import { scopeAdmitsCase } from "@/server/scope";
import type { Viewer } from "@/server/viewer";
import { FOUND_NUMBER_PATTERN } from "../options";
import { logFoundAccess } from "./audit";

const detailSelect = {
  id: true,
  foundNumber: true,
  countryCode: true,
  region: { select: { name: true } },
  status: true,
  condition: true,
  foundAt: true,
  foundPlace: true,
  circumstances: true,
  institutionType: true,
  institutionName: true,
  namesGiven: true,
  sex: true,
  ageMin: true,
  ageMax: true,
  heightMinCm: true,
  heightMaxCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  skin: true,
  clothing: true,
  belongings: true,
  languages: true,
  nationality: true,
  identityDocument: true,
  // The link is shown only as the claim's own read rules allow (linkFor): its consent columns
  // and soft delete are read here and never leave this module.
  identifiedCase: {
    select: {
      caseNumber: true,
      countryCode: true,
      crossBorderConsent: true,
      sealedAt: true,
      assignedOrgId: true,
      practiceSessionId: true,
      deletedAt: true,
    },
  },
  createdAt: true,
  recordedBy: { select: { name: true, email: true, organization: { select: { name: true } } } },
  marks: { orderBy: { position: "asc" }, select: { type: true, bodyLocation: true, description: true } },
  photos: { orderBy: { position: "asc" }, select: { id: true } },
  events: {
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      createdAt: true,
      type: true,
      actor: { select: { name: true } },
      oldValue: true,
      newValue: true,
      reason: true,
      body: true,
    },
  },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

function loadRow(tx: Tx, viewer: Viewer, foundNumber: string) {
  return tx.foundPerson.findFirst({
    where: { foundNumber, ...foundReadScope(viewer) },
    select: detailSelect,
  });
}

/** The record as the viewer may see it: where the person is held only for those allowed to know. */
export type FoundDetail = Omit<Row, "institutionType" | "institutionName" | "identifiedCase"> & {
  institution: { type: string; name: string | null } | null;
  identifiedCase: { caseNumber: string } | null;
};

/**
 * The claim this record identified, only if the viewer may read that claim whole: not
 * soft-deleted by a retention run, within their case read scope (another country's claim kept
 * to its own country is not), and in full (a card-only or sealed claim is not tied to where
 * the person was found).
 */
function linkFor(viewer: Viewer, c: Row["identifiedCase"]): { caseNumber: string } | null {
  if (!c || c.deletedAt) return null;
  if (!scopeAdmitsCase(caseReadAccess(viewer), c) || caseAccess(viewer, c) !== "full") return null;
  return { caseNumber: c.caseNumber };
}

function redact(viewer: Viewer, row: Row): FoundDetail {
  const { institutionType, institutionName, identifiedCase, ...rest } = row;
  const institution = canReadInstitution(viewer, row.countryCode)
    ? { type: institutionType, name: institutionName }
    : null;
  return { ...rest, institution, identifiedCase: linkFor(viewer, identifiedCase) };
}

/**
 * A found record the viewer may read, logged in the same transaction as VIEW (the page) or PRINT
 * (the sheet). Missing, malformed and out of scope all give NotFoundError, and write nothing.
 */
export async function getFoundForViewer(
  viewer: Viewer,
  foundNumber: string,
  action: "VIEW" | "PRINT",
): Promise<FoundDetail> {
  const number = foundNumber.toUpperCase();
  if (!FOUND_NUMBER_PATTERN.test(number)) throw new NotFoundError();
  const db = await getDb();
  const row = await db.$transaction(async (tx) => {
    const r = await loadRow(tx, viewer, number);
    if (r) await logFoundAccess(tx, { foundPersonId: r.id, userId: viewer.id, action });
    return r;
  });
  if (!row) throw new NotFoundError();
  return redact(viewer, row);
}
