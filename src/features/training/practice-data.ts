import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import crypto from "node:crypto";
import { COUNTRY_CODES, type CountryCode } from "@/lib/reference/countries";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { hashPassword } from "@/server/password";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { generateSyntheticCase, type SyntheticCase } from "@/lib/synthetic/case-factory";
import { createCase } from "@/lib/synthetic/factories";
import { createRng } from "@/lib/synthetic/random";
import { isUuid, manageScope, requireManage, requireRead } from "./access";
import { generateBatchTag, generatePassword, practiceCasePrefix, practiceEmail } from "./codes";
import { refiledClaim } from "./practice-duplicate";
import { wipeSandbox } from "./practice-expiry";

export const MAX_PRACTICE_LOGINS = 60;
export const MAX_PRACTICE_CASES = 200;

async function managedSession(viewer: Viewer, sessionId: string) {
  requireManage(viewer);
  if (!isUuid(sessionId)) throw new NotFoundError();
  const db = await getDb();
  const s = await db.trainingSession.findFirst({
    where: { id: sessionId, ...manageScope(viewer) },
    select: { id: true, countryCode: true, title: true },
  });
  if (!s) throw new NotFoundError();
  return { db, session: s };
}

/** The sandbox of a session: its practice logins (never passwords) and its practice cases. */
export async function getPracticeOverview(viewer: Viewer, sessionId: string) {
  requireRead(viewer);
  if (!isUuid(sessionId)) throw new NotFoundError();
  const db = await getDb();
  const s = await db.trainingSession.findFirst({
    where: { id: sessionId, ...trainingScope(viewer) },
    select: {
      id: true,
      title: true,
      countryCode: true,
      practiceLogins: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          email: true,
          name: true,
          disabledAt: true,
          createdAt: true,
          practiceFor: { select: { name: true } },
        },
      },
      _count: { select: { attendees: { where: { practiceLoginId: null } } } },
      practiceCases: {
        orderBy: { caseNumber: "asc" },
        select: {
          id: true,
          caseNumber: true,
          givenNames: true,
          familyNames: true,
          status: true,
          lastSeenCity: true,
          createdAt: true,
        },
      },
    },
  });
  if (!s) throw new NotFoundError();
  return s;
}

/**
 * Creates practice logins (role POLICE, confined to this session's sandbox by
 * practiceSessionId). Passwords are returned once, for the trainer's handout.
 */
export async function createPracticeLogins(viewer: Viewer, sessionId: string, count: number) {
  const { db, session } = await managedSession(viewer, sessionId);
  const existing = await db.user.count({ where: { practiceSessionId: session.id } });
  if (existing + count > MAX_PRACTICE_LOGINS) throw new AppError("training:errors.tooManyPracticeLogins");
  return insertLogins(
    viewer,
    session,
    Array.from({ length: count }, () => null),
  );
}

/**
 * One practice login for each attendee who has none yet, linked to them: their exercises and
 * knowledge checks then count for that attendee (and their certificate). Decision 151.
 */
export async function createAttendeeLogins(viewer: Viewer, sessionId: string) {
  const { db, session } = await managedSession(viewer, sessionId);
  const attendees = await db.trainingAttendee.findMany({
    where: { sessionId: session.id, practiceLoginId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  const existing = await db.user.count({ where: { practiceSessionId: session.id } });
  if (existing + attendees.length > MAX_PRACTICE_LOGINS)
    throw new AppError("training:errors.tooManyPracticeLogins");
  return insertLogins(viewer, session, attendees);
}

type Session = { id: string; countryCode: string };

async function insertLogins(
  viewer: Viewer,
  session: Session,
  attendees: ({ id: string; name: string } | null)[],
) {
  const db = await getDb();
  const tag = generateBatchTag();
  const logins = await Promise.all(
    attendees.map(async (attendee, i) => {
      const password = generatePassword();
      return {
        email: practiceEmail(tag, i + 1),
        password,
        passwordHash: await hashPassword(password),
        n: i + 1,
        attendee,
      };
    }),
  );
  await db.$transaction(async (tx) => {
    for (const l of logins) {
      const user = await tx.user.create({
        data: {
          email: l.email,
          name: l.attendee?.name ?? `Practice ${tag.toUpperCase()}-${l.n}`,
          passwordHash: l.passwordHash,
          role: "POLICE" as const,
          countryCode: session.countryCode,
          practiceSessionId: session.id,
        },
        select: { id: true },
      });
      if (l.attendee) {
        // Only an attendee still without a login: a concurrent batch must not take it over.
        const linked = await tx.trainingAttendee.updateMany({
          where: { id: l.attendee.id, practiceLoginId: null },
          data: { practiceLoginId: user.id },
        });
        if (linked.count === 0) throw new AppError("training:errors.loginsChanged", 409);
      }
    }
    // The logins' emails; their passwords are handed out once and never kept.
    await recordAuditEvent(tx, viewer, {
      action: attendees.some(Boolean)
        ? "training.practice.createAttendeeLogins"
        : "training.practice.createLogins",
      targetType: "TrainingSession",
      targetId: session.id,
      countryCode: session.countryCode,
      after: { emails: logins.map((l) => l.email) },
    });
  });
  return logins.map(({ email, password, attendee }) => ({ email, password, name: attendee?.name ?? null }));
}

/** Fills the sandbox with plausible synthetic cases (never real data), numbered PRACTICE-XX-... */
export async function generatePracticeCases(viewer: Viewer, sessionId: string, count: number) {
  const { db, session } = await managedSession(viewer, sessionId);
  if (!(COUNTRY_CODES as readonly string[]).includes(session.countryCode)) throw new NotFoundError();
  const existing = await db.case.count({ where: { practiceSessionId: session.id } });
  if (existing + count > MAX_PRACTICE_CASES) throw new AppError("training:errors.tooManyPracticeCases");
  const regions = await db.region.findMany({
    where: { countryCode: session.countryCode },
    select: { id: true, code: true },
  });
  const regionId = new Map(regions.map((r) => [r.code, r.id]));
  const rng = createRng(crypto.randomInt(2 ** 31));
  const created: string[] = [];
  let first: SyntheticCase | null = null;
  try {
    for (let i = 0; i < count; i++) {
      const fresh = generateSyntheticCase(rng, {
        country: session.countryCode as CountryCode,
        now: new Date(),
      });
      // From three cases on, the batch's last is its first filed again: "spot the duplicate"
      // then has a real pair to find.
      const c: SyntheticCase =
        first && count >= 3 && i === count - 1 ? refiledClaim(rng, first, fresh) : fresh;
      first ??= c;
      const row = await createCase(db, c, {
        practiceSessionId: session.id,
        prefix: practiceCasePrefix(session.countryCode),
        regionId: regionId.get(c.regionCode) ?? null,
      });
      created.push(row.caseNumber);
    }
  } finally {
    // Each case commits on its own (the factory's transaction), so the trail records what was
    // actually created, even when a later case failed.
    if (created.length)
      await db.$transaction((tx) =>
        recordAuditEvent(tx, viewer, {
          action: "training.sandbox.generate",
          targetType: "TrainingSession",
          targetId: session.id,
          countryCode: session.countryCode,
          after: { practiceCases: created },
        }),
      );
  }
  return { created };
}

/**
 * Deletes the session's practice cases (their events, photos rows, tips cascade) and its
 * practice logins. Logins are disabled first, in the same transaction as the case deletion,
 * so a signed-in trainee loses access at once even if deleting the account fails later.
 */
export async function wipePracticeData(viewer: Viewer, sessionId: string) {
  const { db, session } = await managedSession(viewer, sessionId);
  return wipeSandbox(db, session.id, viewer);
}

/** For a practice login: the session whose sandbox they are in. */
export async function getPracticeContext(viewer: Viewer) {
  if (!viewer?.practiceSessionId) throw new NotFoundError();
  const db = await getDb();
  const s = await db.trainingSession.findUnique({
    where: { id: viewer.practiceSessionId },
    select: { id: true, title: true, countryCode: true, startDate: true },
  });
  if (!s) throw new NotFoundError();
  return s;
}

/** Regions a practice login may choose when filing a practice claim (their session's country). */
export async function listPracticeRegions(viewer: Viewer) {
  const s = await getPracticeContext(viewer);
  const db = await getDb();
  return db.region.findMany({
    where: { countryCode: s.countryCode },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}
