import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { logCaseAccess } from "@/server/audit";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { can, caseReadScope, caseWriteScope, type Permission } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { caseAccess, projectCase, type CaseAccess } from "@/server/consent";
import { buildTimeline, type TimelineEntry } from "./timeline";
import { consentFactsSelect, reasonForRead } from "./access-reason";

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
  consentPublishDescription: true,
  guardianConfirmed: true,
  consentWithdrawnAt: true,
  crossBorderConsent: true,
  sealedAt: true,
  publicationApprovedAt: true,
  createdAt: true,
  region: { select: { name: true } },
  assignedUser: { select: { id: true, name: true } },
  assignedOrg: { select: { id: true, name: true } },
  photos: {
    where: { deletedAt: null },
    select: { id: true, position: true, width: true, height: true, heldForReviewAt: true },
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
  access: "full";
  crossBorderConsent: CaseRow["crossBorderConsent"];
  sealedAt: Date | null;
}

/**
 * What a viewer sees of a claim the family kept to its identifying card for other countries, or
 * of a sealed located adult outside the owning unit: the fields VISIBLE_FIELDS lists, and the
 * unit to contact. Nothing else leaves the data layer.
 */
export interface CaseCard {
  access: Exclude<CaseAccess, "full" | "hidden">;
  id: string;
  caseNumber: string;
  countryCode: string;
  status: CaseRow["status"];
  givenNames: string;
  familyNames: string;
  otherNames?: string | null;
  sex?: CaseRow["sex"];
  dateOfBirth?: Date | null;
  approxAge?: number | null;
  photos?: { id: string }[];
  /** The owning unit to contact (the assigned organisation), else the owning country. */
  owningUnit: string | null;
}

export type CaseView = CaseDetail | CaseCard;

const cardSelect = {
  caseNumber: true,
  countryCode: true,
  status: true,
  givenNames: true,
  familyNames: true,
  otherNames: true,
  sex: true,
  dateOfBirth: true,
  approxAge: true,
  photos: { select: { id: true }, orderBy: { position: "asc" } },
} satisfies Prisma.CaseSelect;

const WRITE_PERMISSIONS: readonly Permission[] = [
  "case:updateStatus",
  "case:addNote",
  "case:flagTrafficking",
  "case:assign",
  "case:markDuplicate",
  "case:approvePublication",
  "case:decideRemoval",
  "case:seal",
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
 * Another country's or a sealed claim needs a reason first (ReasonRequiredError, nothing read);
 * the family's consent level and the seal decide between the full record and its card.
 */
export async function getCaseForViewer(
  viewer: Viewer,
  caseNumber: string,
  action: "VIEW" | "PRINT",
  reason?: string | null,
): Promise<CaseView> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const gate = await tx.case.findFirst({
      where: { caseNumber, ...caseReadScope(viewer) },
      select: consentFactsSelect,
    });
    if (!gate) throw new NotFoundError();
    const access = caseAccess(viewer, gate);
    if (access === "hidden") throw new NotFoundError();
    const why = await reasonForRead(tx, viewer, gate, reason);
    await logCaseAccess(tx, { caseId: gate.id, userId: viewer.id, action, reason: why });
    if (access !== "full") return cardOf(tx, access, gate);
    const row = await tx.case.findUniqueOrThrow({ where: { id: gate.id }, select: detailSelect });
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
      access: "full" as const,
    };
  });
}

async function cardOf(
  tx: Tx,
  access: CaseCard["access"],
  gate: { id: string; assignedOrgId: string | null },
): Promise<CaseCard> {
  const row = await tx.case.findUniqueOrThrow({ where: { id: gate.id }, select: cardSelect });
  const org = gate.assignedOrgId
    ? await tx.organization.findUnique({ where: { id: gate.assignedOrgId }, select: { name: true } })
    : null;
  const shown = projectCase(access, row);
  return {
    ...shown,
    caseNumber: row.caseNumber,
    countryCode: row.countryCode,
    status: row.status,
    givenNames: row.givenNames,
    familyNames: row.familyNames,
    access,
    id: gate.id,
    owningUnit: org?.name ?? null,
  };
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
