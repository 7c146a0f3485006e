import "server-only";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { canReadInstitution, foundReadScope } from "@/server/policy";
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
  identifiedCase: { select: { caseNumber: true } },
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
export type FoundDetail = Omit<Row, "institutionType" | "institutionName"> & {
  institution: { type: string; name: string | null } | null;
};

function redact(viewer: Viewer, row: Row): FoundDetail {
  const { institutionType, institutionName, ...rest } = row;
  const institution = canReadInstitution(viewer, row.countryCode)
    ? { type: institutionType, name: institutionName }
    : null;
  return { ...rest, institution };
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
