import "server-only";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { allowedCountry, requireRead } from "./access";
import { buildCascadeTree, flattenCascade } from "./cascade-tree";
import { countTrained, learningByLevel, sessionsPerMonth } from "./coverage";
import { knowledgeGain, scoresOf, type CheckScores } from "./knowledge-check";

/** The knowledge gain per district (attendee's region, else the session's) and overall. */
function gainsByRegion(rows: { regionId: string | null; scores: CheckScores }[]) {
  const byRegion = new Map<string | null, CheckScores[]>();
  for (const r of rows) byRegion.set(r.regionId, [...(byRegion.get(r.regionId) ?? []), r.scores]);
  return {
    perRegion: new Map([...byRegion].map(([id, scores]) => [id, knowledgeGain(scores)])),
    total: knowledgeGain(rows.map((r) => r.scores)),
  };
}

function requireCountry(viewer: Viewer, countryCode: string): asserts viewer is Viewer {
  requireRead(viewer);
  if (!allowedCountry(viewer, countryCode)) throw new NotFoundError();
}

/**
 * Officers trained per region against the country's targets (under target first), per cascade
 * level against its target with what each level learned (knowledge gain, exercises passed), and sessions per month.
 * Sessions that have not started yet count for nothing.
 */
export async function getCoverage(viewer: Viewer, countryCode: string, now = new Date()) {
  requireCountry(viewer, countryCode);
  const db = await getDb();
  const scope = { countryCode, ...trainingScope(viewer) };
  const [regions, targets, levelTargets, completions, sessions, learners] = await Promise.all([
    db.region.findMany({
      where: { countryCode },
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true },
    }),
    db.trainingTarget.findMany({ where: { countryCode }, select: { regionId: true, target: true } }),
    db.trainingLevelTarget.findMany({ where: { countryCode }, select: { level: true, target: true } }),
    db.trainingAttendee.findMany({
      where: { completedAt: { not: null }, session: scope },
      select: {
        email: true,
        regionId: true,
        completedAt: true,
        sessionId: true,
        session: { select: { kind: true, regionId: true, startDate: true } },
      },
    }),
    db.trainingSession.findMany({
      where: scope,
      select: { id: true, parentSessionId: true, startDate: true, title: true },
    }),
    // Attendees of sessions already held who took part: what they learned there.
    db.trainingAttendee.findMany({
      where: {
        session: { ...scope, startDate: { lte: now } },
        OR: [{ attended: true }, { exercisesPassed: { isEmpty: false } }, { knowledgeChecks: { some: {} } }],
      },
      select: {
        email: true,
        attended: true,
        regionId: true,
        sessionId: true,
        exercisesPassed: true,
        session: { select: { regionId: true, exerciseIds: true } },
        knowledgeChecks: { select: { phase: true, score: true, total: true } },
      },
    }),
  ]);
  const scored = learners.map((a) => ({ ...a, scores: scoresOf(a.knowledgeChecks) }));
  const gains = gainsByRegion(
    scored.map((a) => ({ regionId: a.regionId ?? a.session.regionId, scores: a.scores })),
  );
  const level = new Map(flattenCascade(buildCascadeTree(sessions)).map((n) => [n.id, n.generation]));
  const coverage = countTrained(
    completions.map((c) => ({
      email: c.email,
      // An attendee without a region counts for the region where they were trained.
      regionId: c.regionId ?? c.session.regionId,
      completedAt: c.completedAt!,
      kind: c.session.kind,
      sessionDate: c.session.startDate,
      level: level.get(c.sessionId) ?? 0,
    })),
    regions,
    new Map(targets.map((t) => [t.regionId, t.target])),
    now,
  );
  const held = sessions.filter((s) => s.startDate.getTime() <= now.getTime());
  return {
    countryCode,
    ...coverage,
    regions: coverage.regions.map((r) => ({ ...r, gain: gains.perRegion.get(r.id) ?? null })),
    gain: gains.total,
    levels: learningByLevel(
      coverage.levels,
      scored.map((a) => ({
        email: a.email,
        attended: a.attended,
        level: level.get(a.sessionId) ?? 0,
        exercisesSet: a.session.exerciseIds,
        exercisesPassed: a.exercisesPassed,
        scores: a.scores,
      })),
      new Map(levelTargets.map((t) => [t.level, t.target])),
    ),
    upcoming: sessions.length - held.length,
    months: sessionsPerMonth(held.map((s) => s.startDate)),
  };
}
export type Coverage = Awaited<ReturnType<typeof getCoverage>>;

/** The country's cascade: generation 0 sessions, the sessions their trainees led, and so on. */
export async function getCascade(viewer: Viewer, countryCode: string) {
  requireCountry(viewer, countryCode);
  const db = await getDb();
  const rows = await db.trainingSession.findMany({
    where: { countryCode, ...trainingScope(viewer) },
    select: {
      id: true,
      parentSessionId: true,
      startDate: true,
      title: true,
      kind: true,
      region: { select: { name: true } },
      trainers: { select: { user: { select: { name: true } } } },
      attendees: {
        select: {
          completedAt: true,
          promotedUserId: true,
          knowledgeChecks: { select: { phase: true, score: true, total: true } },
        },
      },
    },
  });
  return buildCascadeTree(
    rows.map(({ region, trainers, attendees, ...s }) => ({
      ...s,
      regionName: region?.name ?? null,
      trainerNames: trainers.map((t) => t.user.name),
      completed: attendees.filter((a) => a.completedAt).length,
      promoted: attendees.filter((a) => a.promotedUserId).length,
      gain: knowledgeGain(attendees.map((a) => scoresOf(a.knowledgeChecks))),
    })),
  );
}
export type CascadeTree = Awaited<ReturnType<typeof getCascade>>;
