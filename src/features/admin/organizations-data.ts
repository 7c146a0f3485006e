import "server-only";
import { sortByLabel } from "@/i18n/intl";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { adminCountryScope } from "@/server/policy";
import { noRows } from "@/server/scope";
import type { Viewer } from "@/server/viewer";
import { checkPlacement, isUniqueViolation, requireAdmin } from "./access";
import type { CreateOrganizationInput, OrganizationContactInput } from "./schemas";

/** Organisations of the countries the viewer administers, with how many staff each has. */
export async function listOrganizations(viewer: Viewer) {
  requireAdmin(viewer);
  const db = await getDb();
  return db.organization.findMany({
    where: adminCountryScope(viewer) ?? noRows(),
    select: {
      id: true,
      name: true,
      kind: true,
      countryCode: true,
      region: { select: { name: true } },
      contactPhone: true,
      contactHours: true,
      _count: { select: { users: { where: { practiceSessionId: null } } } },
    },
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
  });
}

export async function createOrganization(
  viewer: Viewer,
  input: CreateOrganizationInput,
): Promise<{ id: string }> {
  requireAdmin(viewer);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      await checkPlacement(tx, viewer, { countryCode: input.countryCode, regionId: input.regionId });
      const created = await tx.organization.create({ data: input, select: { id: true } });
      await recordAuditEvent(tx, viewer, {
        action: "organization.create",
        targetType: "Organization",
        targetId: created.id,
        countryCode: input.countryCode,
        after: input,
      });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("admin:errors.organizationTaken");
    throw err;
  }
}

/**
 * Sets the phone and hours families are given for a unit (receipt, track page). Only in the
 * countries the viewer administers: another country's unit is not found, and nothing is written.
 */
export async function updateOrganizationContact(
  viewer: Viewer,
  input: OrganizationContactInput,
): Promise<void> {
  requireAdmin(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const org = await tx.organization.findFirst({
      where: { id: input.organizationId, ...(adminCountryScope(viewer) ?? noRows()) },
      select: { id: true, countryCode: true, contactPhone: true, contactHours: true },
    });
    if (!org) throw new NotFoundError();
    const after = { contactPhone: input.contactPhone, contactHours: input.contactHours };
    const before = { contactPhone: org.contactPhone, contactHours: org.contactHours };
    if (before.contactPhone === after.contactPhone && before.contactHours === after.contactHours) return;
    await tx.organization.update({ where: { id: org.id }, data: after });
    await recordAuditEvent(tx, viewer, {
      action: "organization.update",
      targetType: "Organization",
      targetId: org.id,
      countryCode: org.countryCode,
      before,
      after,
    });
  });
}

/** Choices for the user and organisation forms: only the countries the viewer administers. */
type PlacementOptions = Awaited<ReturnType<typeof getPlacementOptions>>;

/**
 * The placement choices in the reader's alphabetical order (decision 105): countries by their
 * translated names, regions and organisations by their own (the database sorts by code point).
 */
export function placementInReadingOrder(
  options: PlacementOptions,
  locale: string,
  t: (key: string) => string,
): PlacementOptions {
  return {
    countries: sortByLabel(options.countries, locale, (c) => t(`common:countries.${c}`)),
    regions: sortByLabel(options.regions, locale, (r) => r.name),
    organizations: sortByLabel(options.organizations, locale, (o) => o.name),
  };
}

export async function getPlacementOptions(viewer: Viewer) {
  requireAdmin(viewer);
  const db = await getDb();
  const scope = adminCountryScope(viewer) ?? { countryCode: "" };
  const [countries, regions, organizations] = await Promise.all([
    db.country.findMany({
      where: scope.countryCode ? { code: scope.countryCode } : {},
      select: { code: true },
      orderBy: { code: "asc" },
    }),
    db.region.findMany({
      where: scope,
      select: { id: true, name: true, countryCode: true },
      orderBy: { name: "asc" },
    }),
    db.organization.findMany({
      where: scope,
      select: { id: true, name: true, countryCode: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { countries: countries.map((c) => c.code), regions, organizations };
}
