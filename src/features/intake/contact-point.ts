// Whom a family contacts about a claim: the unit that owns it, with that unit's phone and hours
// from reference data, else the country's national police line (src/lib/unit-contact.ts).
import "server-only";
import { getDb } from "@/server/db";
import { policeContactForCase, type PoliceContact } from "@/lib/police-contacts";
import { unitContact, type UnitContactFields } from "@/lib/unit-contact";

export type ContactPoint =
  ({ kind: "organization" } & UnitContactFields) | { kind: "network"; countryCode: string };

const unitSelect = { name: true, contactPhone: true, contactHours: true } as const;

/** The assigned organization, else the police (or an NGO) of the case's region or country. */
export async function contactPointFor(c: {
  countryCode: string;
  regionId: string | null;
  assignedOrg: UnitContactFields | null;
}): Promise<ContactPoint> {
  if (c.assignedOrg) return { kind: "organization", ...c.assignedOrg };
  const db = await getDb();
  const orgs = await db.organization.findMany({
    where: { countryCode: c.countryCode, kind: { in: ["POLICE_UNIT", "NGO"] } },
    select: { ...unitSelect, kind: true, regionId: true },
    orderBy: { name: "asc" },
  });
  // Police before NGOs; within each, the unit of the case's own region before a national one.
  const rank = (o: (typeof orgs)[number]) =>
    (o.kind === "POLICE_UNIT" ? 0 : 2) + (c.regionId && o.regionId === c.regionId ? 0 : 1);
  const best = orgs
    .filter((o) => o.regionId === null || o.regionId === c.regionId)
    .sort((a, b) => rank(a) - rank(b))[0];
  return best
    ? {
        kind: "organization",
        name: best.name,
        contactPhone: best.contactPhone,
        contactHours: best.contactHours,
      }
    : { kind: "network", countryCode: c.countryCode };
}

/** The line to call for a contact point: the unit's own, else the national one. */
export function contactLineOf(point: ContactPoint, countryCode: string): PoliceContact | undefined {
  return unitContact(point.kind === "organization" ? point : null, countryCode);
}

/**
 * The line printed on the receipt of a claim just filed (by the form that filed it: the unit's
 * name and phone are not personal data). A sealed record gives the national line, as its track
 * page does.
 */
export async function receiptContact(caseNumber: string): Promise<PoliceContact | null> {
  const db = await getDb();
  const c = await db.case.findUnique({
    where: { caseNumber },
    select: { countryCode: true, regionId: true, sealedAt: true, assignedOrg: { select: unitSelect } },
  });
  if (!c) return policeContactForCase(caseNumber) ?? null;
  const point = c.sealedAt ? null : await contactPointFor(c);
  return (point ? contactLineOf(point, c.countryCode) : policeContactForCase(caseNumber)) ?? null;
}
