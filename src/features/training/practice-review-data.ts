import "server-only";
// The "review a proposed match" exercise (decision 170). Starting it plants, for this practice
// login only, a practice claim and a practice found record in its session's sandbox and a
// PracticeMatchReview row holding the truth (same person or not). The trainee compares them with
// the officers' compare view and confirms or rejects with a reason; the exercise check scores
// that decision against the truth. No MatchProposal is ever written, matching is never
// scheduled, and nothing is sent: the real queue, the jobs and the families never see it.
import crypto from "node:crypto";
import { compareClaimSelect, compareFoundSelect } from "@/features/matching/data";
import { logFoundAccess } from "@/features/found/data";
import { allocateCaseNumber, practiceCasePrefix } from "@/lib/case-number";
import { profileFromClaim, profileFromFound } from "@/lib/matching/build-profile";
import { compareProfiles } from "@/lib/matching/score";
import { generateSyntheticCase, type SyntheticCase } from "@/lib/synthetic/case-factory";
import { createCase } from "@/lib/synthetic/factories";
import { createRng } from "@/lib/synthetic/random";
import { COUNTRY_CODES, type CountryCode } from "@/lib/reference/countries";
import { logCaseAccess } from "@/server/audit";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { isUuid, requireRead } from "./access";
import { plantPair } from "./practice-match";
import type { PracticeReviewInput } from "./schemas";

type Db = Awaited<ReturnType<typeof getDb>>;

/** Plants a fresh pair for this login (a restart replaces the previous one). */
export async function plantPracticeReview(db: Db, sessionId: string, userId: string) {
  const s = await db.trainingSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { countryCode: true },
  });
  const country = (COUNTRY_CODES as readonly string[]).includes(s.countryCode)
    ? (s.countryCode as CountryCode)
    : "BZ";
  const old = await db.practiceMatchReview.findUnique({ where: { sessionId_userId: { sessionId, userId } } });
  if (old)
    await db.$transaction([
      db.practiceMatchReview.delete({ where: { id: old.id } }),
      db.case.deleteMany({ where: { id: old.caseId, practiceSessionId: sessionId } }),
      db.foundPerson.deleteMany({ where: { id: old.foundPersonId, practiceSessionId: sessionId } }),
    ]);
  const rng = createRng(crypto.randomInt(2 ** 31));
  const now = new Date();
  // An older disappearance of a minor, so the found record can come two weeks later.
  let base: SyntheticCase = generateSyntheticCase(rng, { country, now });
  for (let i = 0; i < 20 && (base.approxAge ?? 99) > 17 && !base.dateOfBirth; i++)
    base = generateSyntheticCase(rng, { country, now });
  const pair = plantPair(rng, base, rng.chance(0.5), now);
  const prefix = practiceCasePrefix(s.countryCode);
  const claim = await createCase(db, pair.claim, { practiceSessionId: sessionId, prefix });
  return db.$transaction(async (tx) => {
    const f = pair.found;
    const found = await tx.foundPerson.create({
      data: {
        foundNumber: await allocateCaseNumber(tx, `${prefix}-F`, now.getUTCFullYear()),
        countryCode: s.countryCode,
        condition: "ALIVE",
        foundAt: f.foundAt,
        foundPlace: f.foundPlace,
        circumstances: f.circumstances,
        institutionType: "SHELTER",
        namesGiven: f.namesGiven,
        searchName: f.namesGiven.toLowerCase(),
        sex: f.sex,
        ageMin: f.ageMin,
        ageMax: f.ageMax,
        heightMinCm: f.heightMinCm,
        heightMaxCm: f.heightMaxCm,
        languages: f.languages,
        recordedById: userId,
        practiceSessionId: sessionId,
        marks: { create: [{ ...f.mark, position: 0 }] },
      },
      select: { id: true },
    });
    return tx.practiceMatchReview.create({
      data: { sessionId, userId, caseId: claim.id, foundPersonId: found.id, samePerson: pair.samePerson },
      select: { id: true },
    });
  });
}

function mySession(viewer: Viewer): string {
  if (!viewer.practiceSessionId) throw new NotFoundError();
  return viewer.practiceSessionId;
}

/** The trainee's planted pair side by side (both reads logged), the score the engine gives it. */
export async function getMyPracticeReview(viewer: Viewer) {
  const sessionId = mySession(viewer);
  const db = await getDb();
  const r = await db.$transaction(async (tx) => {
    const row = await tx.practiceMatchReview.findUnique({
      where: { sessionId_userId: { sessionId, userId: viewer.id } },
      select: {
        samePerson: true,
        decision: true,
        reason: true,
        decidedAt: true,
        case: { select: { ...compareClaimSelect, circumstances: true } },
        foundPerson: { select: { ...compareFoundSelect, circumstances: true } },
      },
    });
    if (!row) return null;
    await logCaseAccess(tx, { caseId: row.case.id, userId: viewer.id, action: "MATCH_VIEW" });
    await logFoundAccess(tx, { foundPersonId: row.foundPerson.id, userId: viewer.id, action: "MATCH_VIEW" });
    return row;
  });
  if (!r) throw new NotFoundError();
  const { case: c, foundPerson: f } = r;
  const result = compareProfiles(
    profileFromClaim({ ...c, regionCode: null, hasPhoto: false, sex: c.sex as "FEMALE" }),
    profileFromFound({
      ...f,
      regionCode: null,
      place: f.foundPlace,
      names: f.namesGiven,
      sex: f.sex as "FEMALE",
      hasPhoto: false,
      marks: f.marks.map((m) => ({ kind: m.type, location: m.bodyLocation, description: m.description })),
    }),
  );
  return {
    claim: c,
    found: f,
    score: result.excluded ? 0 : result.score,
    criteria: result.excluded ? [] : result.criteria,
    decision: r.decision,
    reason: r.reason,
    // The truth is shown only once the trainee has decided.
    samePerson: r.decidedAt ? r.samePerson : null,
  };
}
export type MyPracticeReview = Awaited<ReturnType<typeof getMyPracticeReview>>;

/** Records the trainee's decision on their own undecided pair (one decision per start). */
export async function decidePracticeReview(viewer: Viewer, input: PracticeReviewInput) {
  const sessionId = mySession(viewer);
  const db = await getDb();
  const n = await db.practiceMatchReview.updateMany({
    where: { sessionId, userId: viewer.id, decidedAt: null },
    data: { decision: input.decision, reason: input.reason, decidedAt: new Date() },
  });
  if (n.count === 0) throw new NotFoundError();
}

/** The trainer's view: each practice login's decision, whether it was right, and the reason. */
export async function getSessionReviews(viewer: Viewer, sessionId: string) {
  requireRead(viewer);
  if (!isUuid(sessionId)) throw new NotFoundError();
  const db = await getDb();
  const s = await db.trainingSession.findFirst({
    where: { id: sessionId, ...trainingScope(viewer) },
    select: {
      practiceReviews: {
        orderBy: { createdAt: "asc" },
        select: {
          samePerson: true,
          decision: true,
          reason: true,
          decidedAt: true,
          user: { select: { email: true } },
        },
      },
    },
  });
  if (!s) throw new NotFoundError();
  return s.practiceReviews.map((r) => ({
    login: r.user.email,
    decision: r.decision,
    reason: r.reason,
    correct: r.decidedAt ? (r.decision === "CONFIRMED") === r.samePerson : null,
  }));
}
export type SessionReviews = Awaited<ReturnType<typeof getSessionReviews>>;
