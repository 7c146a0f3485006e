import "server-only";
import type { Tx } from "@/server/db";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { TrainingInputError, allowedCountry, dateFromIso } from "./access";
import { descendantIds } from "./cascade-tree";
import type { SessionValues } from "./schemas";

// Turning the session form into rows: parsing, the checks that need the database, and the data.

export function sessionData(v: SessionValues) {
  return {
    title: v.title,
    kind: v.kind,
    startDate: dateFromIso(v.startDate),
    endDate: v.endDate ? dateFromIso(v.endDate) : null,
    countryCode: v.countryCode,
    regionId: v.regionId || null,
    venue: v.venue,
    partnerOrgs: v.partnerOrgs
      .split(/[,;\n]/)
      .map((p) => p.trim())
      .filter(Boolean),
    parentSessionId: v.parentSessionId || null,
    materials: v.materials || null,
    capacity: v.capacity ? Number(v.capacity) : null,
  };
}

/** Checks every id the form sent against what the viewer may use; field errors otherwise. */
export async function checkReferences(tx: Tx, viewer: Viewer, v: SessionValues, editingId?: string) {
  const errors: Record<string, string> = {};
  if (
    !allowedCountry(viewer, v.countryCode) ||
    !(await tx.country.findUnique({ where: { code: v.countryCode } }))
  )
    errors.countryCode = "training:validation.invalidChoice";
  if (v.regionId) {
    const region = await tx.region.findFirst({ where: { id: v.regionId, countryCode: v.countryCode } });
    if (!region) errors.regionId = "training:validation.invalidChoice";
  }
  if (v.parentSessionId) {
    const parent = await tx.trainingSession.findFirst({
      where: { id: v.parentSessionId, countryCode: v.countryCode, ...trainingScope(viewer) },
      select: { id: true },
    });
    let cyclic = false;
    if (parent && editingId) {
      const all = await tx.trainingSession.findMany({
        where: { countryCode: v.countryCode },
        select: { id: true, parentSessionId: true, startDate: true, title: true },
      });
      cyclic = descendantIds(all, editingId).has(parent.id);
    }
    if (!parent || cyclic) errors.parentSessionId = "training:validation.invalidParent";
  }
  const trainers = await tx.user.count({
    where: {
      id: { in: v.trainerIds },
      role: "TRAINER",
      countryCode: v.countryCode,
      practiceSessionId: null,
      disabledAt: null,
    },
  });
  if (trainers !== new Set(v.trainerIds).size) errors.trainerIds = "training:validation.invalidChoice";
  if (Object.keys(errors).length) throw new TrainingInputError(errors);
}
