import "server-only";
// Per-level certificate rules: how many graded exercises an attendee of a session of a kind
// (train-the-trainers: future trainers; cascade workshop: officers; refresher) must pass before a
// certificate is issued, set per country by its trainers. No row: none required. Decision 151.
import type { TrainingKind } from "@/generated/prisma/enums";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb, type Tx } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { allowedCountry, requireManage, requireRead } from "./access";
import { TRAINING_KINDS, type LevelRulesValues } from "./schemas";

export type LevelRules = Record<TrainingKind, number>;

const none = (): LevelRules => ({ TRAIN_THE_TRAINERS: 0, CASCADE_WORKSHOP: 0, REFRESHER: 0 });

async function readRules(db: Tx, countryCode: string): Promise<LevelRules> {
  const rows = await db.trainingLevelRule.findMany({ where: { countryCode } });
  const rules = none();
  for (const r of rows) rules[r.kind] = r.requiredExercises;
  return rules;
}

/** Exercises an attendee of this kind of session must pass (0 when the country set none). */
export async function requiredExercises(tx: Tx, countryCode: string, kind: TrainingKind): Promise<number> {
  const r = await tx.trainingLevelRule.findUnique({
    where: { countryCode_kind: { countryCode, kind } },
    select: { requiredExercises: true },
  });
  return r?.requiredExercises ?? 0;
}

export async function getLevelRules(viewer: Viewer, countryCode: string): Promise<LevelRules> {
  requireRead(viewer);
  if (!allowedCountry(viewer, countryCode)) throw new NotFoundError();
  return readRules(await getDb(), countryCode);
}

export async function setLevelRules(viewer: Viewer, input: LevelRulesValues): Promise<LevelRules> {
  requireManage(viewer);
  if (!allowedCountry(viewer, input.countryCode)) throw new NotFoundError();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await readRules(tx, input.countryCode);
    const after = none();
    for (const kind of TRAINING_KINDS) {
      after[kind] = input[kind];
      await tx.trainingLevelRule.upsert({
        where: { countryCode_kind: { countryCode: input.countryCode, kind } },
        create: { countryCode: input.countryCode, kind, requiredExercises: input[kind] },
        update: { requiredExercises: input[kind] },
      });
    }
    await recordAuditEvent(tx, viewer, {
      action: "training.levelRules.set",
      targetType: "Country",
      targetId: input.countryCode,
      countryCode: input.countryCode,
      before,
      after,
    });
    return after;
  });
}
