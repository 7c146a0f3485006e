import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { logCaseAccess } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { can, caseReadScope, caseWriteScope, type Permission } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { buildTimeline, type TimelineEntry } from "./timeline";

const linkedCase = { select: { caseNumber: true, givenNames: true, familyNames: true, countryCode: true } };

const detailSelect = {
  id: true,
  caseNumber: true,
  countryCode: true,
  status: true,
  practiceSessionId: true,
  givenNames: true,
  familyNames: true,
  otherNames: true,
  sex: true,
  dateOfBirth: true,
  approxAge: true,
  nationality: true,
  languages: true,
  identityDocument: true,
  heightCm: true,
  build: true,
  hair: true,
  eyeColour: true,
  distinguishingMarks: true,
  clothing: true,
  medicalNeeds: true,
  lastSeenCity: true,
  lastSeenAt: true,
  lastSeenTimeKnown: true,
  circumstances: true,
  riskIndicators: true,
  traffickingFlag: true,
  reporterName: true,
  reporterRelationship: true,
  reporterPhone: true,
  reporterEmail: true,
  reporterLocale: true,
  consentPublishPhoto: true,
  consentPublishName: true,
  consentPublishAge: true,
  consentPublishLastSeen: true,
  guardianConfirmed: true,
  consentWithdrawnAt: true,
  publicationApprovedAt: true,
  createdAt: true,
  region: { select: { name: true } },
  assignedUser: { select: { id: true, name: true } },
  assignedOrg: { select: { id: true, name: true } },
  photos: {
    where: { deletedAt: null },
    select: { id: true, position: true, width: true, height: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.CaseSelect;

type CaseRow = Prisma.CaseGetPayload<{ select: typeof detailSelect }>;

export interface LinkedCase {
  caseNumber: string;
  givenNames: string;
  familyNames: string;
  countryCode: string;
}

/** A claim merged into this one (decision 091): its own reporter, photos and timeline kept. */
export interface MergedClaim extends LinkedCase {
  reporter: { name: string; relationship: string; phone: string | null; email: string | null } | null;
  photos: { id: string }[];
}

export interface CaseDetail extends Omit<CaseRow, "reporterPhone" | "reporterEmail" | "reporterName"> {
  /** Null when the viewer may not see the reporter's contact details. */
  reporter: { name: string; phone: string | null; email: string | null } | null;
  publicationApprovedByName: string | null;
  duplicateOf: LinkedCase | null;
  duplicates: MergedClaim[];
  timeline: TimelineEntry[];
  /** Write permissions the viewer holds on this very case (own country or own sandbox). */
  writable: Permission[];
}

const WRITE_PERMISSIONS: readonly Permission[] = [
  "case:updateStatus",
  "case:addNote",
  "case:flagTrafficking",
  "case:assign",
  "case:markDuplicate",
  "case:approvePublication",
  "case:decideRemoval",
];

/**
 * caseWriteScope() has the same shape for every permission the viewer holds (it only differs by
 * returning nothing for the ones they lack), so one query answers for all of them.
 */
async function writablePermissions(tx: Tx, viewer: Viewer, caseId: string): Promise<Permission[]> {
  const held = WRITE_PERMISSIONS.filter((p) => can(viewer, p));
  if (!held.length) return [];
  const hit = await tx.case.count({ where: { id: caseId, ...caseWriteScope(viewer, held[0]!) } });
  return hit ? held : [];
}

const mergedSelect = {
  ...linkedCase.select,
  id: true,
  reporterName: true,
  reporterRelationship: true,
  reporterPhone: true,
  reporterEmail: true,
  photos: { where: { deletedAt: null }, select: { id: true }, orderBy: { position: "asc" } },
} satisfies Prisma.CaseSelect;

async function loadLinks(tx: Tx, viewer: Viewer, caseId: string) {
  const scope = caseReadScope(viewer);
  // One connection per transaction: queries run one after another, never concurrently.
  const self = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { duplicateOfId: true } });
  const rows = await tx.case.findMany({
    where: { duplicateOfId: caseId, ...scope },
    select: mergedSelect,
    orderBy: { caseNumber: "asc" },
  });
  const contact = can(viewer, "case:readReporterContact");
  const duplicates = rows.map(
    ({ id, reporterName, reporterRelationship, reporterPhone, reporterEmail, ...r }) => ({
      ...r,
      id,
      reporter: contact
        ? {
            name: reporterName,
            relationship: reporterRelationship,
            phone: reporterPhone,
            email: reporterEmail,
          }
        : null,
    }),
  );
  const duplicateOf = self.duplicateOfId
    ? await tx.case.findFirst({ where: { id: self.duplicateOfId, ...scope }, ...linkedCase })
    : null;
  return { duplicateOf, duplicates };
}

/**
 * Reads a case for a staff member and records the read (VIEW or PRINT) in the same transaction.
 * Out of scope and unknown cases both raise NotFoundError, and nothing is logged for them.
 */
export async function getCaseForViewer(
  viewer: Viewer,
  caseNumber: string,
  action: "VIEW" | "PRINT",
  reason?: string | null,
): Promise<CaseDetail> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.case.findFirst({
      where: { caseNumber, ...caseReadScope(viewer) },
      select: detailSelect,
    });
    if (!row) throw new NotFoundError();
    await logCaseAccess(tx, { caseId: row.id, userId: viewer.id, action, reason: reason ?? null });
    const { reporterName, reporterPhone, reporterEmail, ...rest } = row;
    const { duplicates, duplicateOf } = await loadLinks(tx, viewer, row.id);
    // A merged claim's history, tips and photos stay its own rows; the primary shows them all.
    const merged = new Map(duplicates.map((d) => [d.id, d.caseNumber]));
    const timeline = await buildTimeline(
      tx,
      [row.id, ...merged.keys()],
      can(viewer, "case:readTips"),
      merged,
    );
    const writable = await writablePermissions(tx, viewer, row.id);
    const approver = await approverName(tx, row.id);
    return {
      ...rest,
      reporter: can(viewer, "case:readReporterContact")
        ? { name: reporterName, phone: reporterPhone, email: reporterEmail }
        : null,
      publicationApprovedByName: approver,
      duplicateOf,
      duplicates: duplicates.map(({ id: _id, ...d }) => d),
      timeline,
      writable,
    };
  });
}

async function approverName(tx: Tx, caseId: string): Promise<string | null> {
  const c = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { publicationApprovedBy: true },
  });
  if (!c.publicationApprovedBy) return null;
  const u = await tx.user.findUnique({ where: { id: c.publicationApprovedBy }, select: { name: true } });
  return u?.name ?? null;
}
