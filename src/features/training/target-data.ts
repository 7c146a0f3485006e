import "server-only";
// A country's coverage targets (decision 180): the whole country's, each district's
// (TrainingTarget, regionId null for the country) and each cascade level's (TrainingLevelTarget).
// The coverage page reads them (coverage-data.ts); this module is the only place that writes
// them outside the seed. Its admins and trainers set them (training:setTargets, own country; the
// super-admin any); everyone else is told "not found", as for every training record.
import { recordAuditEvent } from "@/server/audit-event";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { allowedCountry, TrainingInputError } from "./access";
import { buildCascadeTree, flattenCascade } from "./cascade-tree";
import { MAX_TARGET_LEVEL, type CoverageTargetsValues } from "./schemas";

function requireTargetEditor(viewer: Viewer, countryCode: string): void {
  if (!can(viewer, "training:setTargets") || viewer.practiceSessionId) throw new NotFoundError();
  if (!allowedCountry(viewer, countryCode)) throw new NotFoundError();
}

async function readTargets(db: Tx, countryCode: string) {
  const [regions, targets, levelTargets] = await Promise.all([
    db.region.findMany({
      where: { countryCode },
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true },
    }),
    db.trainingTarget.findMany({ where: { countryCode }, select: { regionId: true, target: true } }),
    db.trainingLevelTarget.findMany({ where: { countryCode }, select: { level: true, target: true } }),
  ]);
  const byRegion = new Map(targets.map((t) => [t.regionId, t.target]));
  return {
    total: byRegion.get(null) ?? null,
    regions: regions.map((r) => ({ ...r, target: byRegion.get(r.id) ?? null })),
    levels: new Map(levelTargets.map((t) => [t.level, t.target])),
  };
}

/**
 * The editor's rows: the country's total, every district, and the levels its cascade has (with
 * one more below the deepest, so the next round can get a target before it starts).
 */
export async function getTargetsForEditor(viewer: Viewer, countryCode: string) {
  requireTargetEditor(viewer, countryCode);
  const db = await getDb();
  const [current, sessions] = await Promise.all([
    readTargets(db, countryCode),
    db.trainingSession.findMany({
      where: { countryCode },
      select: { id: true, parentSessionId: true, startDate: true, title: true },
    }),
  ]);
  const deepest = Math.max(
    1,
    ...flattenCascade(buildCascadeTree(sessions)).map((n) => n.generation),
    ...current.levels.keys(),
  );
  const levels = Array.from({ length: Math.min(deepest + 1, MAX_TARGET_LEVEL) + 1 }, (_, level) => ({
    level,
    target: current.levels.get(level) ?? null,
  }));
  return { countryCode, total: current.total, regions: current.regions, levels };
}
export type TargetsForEditor = Awaited<ReturnType<typeof getTargetsForEditor>>;

/** The country-wide target row (regionId null): the unique key cannot find it, nulls are distinct. */
async function setTotal(tx: Tx, countryCode: string, target: number | null) {
  const row = await tx.trainingTarget.findFirst({
    where: { countryCode, regionId: null },
    select: { id: true },
  });
  if (row && target === null) await tx.trainingTarget.delete({ where: { id: row.id } });
  else if (row) await tx.trainingTarget.update({ where: { id: row.id }, data: { target: target! } });
  else if (target !== null) await tx.trainingTarget.create({ data: { countryCode, regionId: null, target } });
}

/**
 * Sets the targets the input names (empty: none) and leaves the others as they are; one
 * AuditEvent with what changed, before and after (districts by code, levels by number). A region
 * of another country refuses the whole form and writes nothing.
 */
export async function setCoverageTargets(viewer: Viewer, input: CoverageTargetsValues) {
  requireTargetEditor(viewer, input.countryCode);
  const { countryCode } = input;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // One editor at a time per country: two first saves would each create a country-wide row.
    await tx.$executeRaw`SELECT 1 FROM "Country" WHERE "code" = ${countryCode} FOR UPDATE`;
    const current = await readTargets(tx, countryCode);
    const regionById = new Map(current.regions.map((r) => [r.id, r]));
    const foreign = Object.keys(input.regions).filter((id) => !regionById.has(id));
    if (foreign.length)
      throw new TrainingInputError(
        Object.fromEntries(foreign.map((id) => [`regions.${id}`, "training:validation.invalidChoice"])),
      );

    const before: Record<string, number | null> = { total: current.total };
    const after: Record<string, number | null> = { total: input.total };
    await setTotal(tx, countryCode, input.total);
    for (const [regionId, target] of Object.entries(input.regions)) {
      const region = regionById.get(regionId)!;
      before[`region.${region.code}`] = region.target;
      after[`region.${region.code}`] = target;
      const key = { countryCode_regionId: { countryCode, regionId } };
      if (target === null) await tx.trainingTarget.deleteMany({ where: { countryCode, regionId } });
      else
        await tx.trainingTarget.upsert({
          where: key,
          create: { countryCode, regionId, target },
          update: { target },
        });
    }
    for (const [n, target] of Object.entries(input.levels)) {
      const level = Number(n);
      before[`level.${level}`] = current.levels.get(level) ?? null;
      after[`level.${level}`] = target;
      const key = { countryCode_level: { countryCode, level } };
      if (target === null) await tx.trainingLevelTarget.deleteMany({ where: { countryCode, level } });
      else
        await tx.trainingLevelTarget.upsert({
          where: key,
          create: { countryCode, level, target },
          update: { target },
        });
    }
    const changed = Object.keys(after).filter((k) => before[k] !== after[k]).length;
    if (changed)
      await recordAuditEvent(tx, viewer, {
        action: "training.targets.set",
        targetType: "Country",
        targetId: countryCode,
        countryCode,
        before,
        after,
      });
    return { changed };
  });
}
