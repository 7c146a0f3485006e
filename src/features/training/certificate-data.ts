import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { hitRateLimit } from "@/server/rate-limit";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { findManagedAttendee, isUuid, requireRead } from "./access";
import type { TrainingKind } from "@/generated/prisma/enums";
import { canonicalCertificateCode, deriveCertificateCode, hashCertificateCode } from "./codes";
import { appSecret, env } from "@/server/env";
import { requiredExercises } from "./level-rules";

/**
 * The code of the certificate as last issued, derived again (decision 151); null when none was
 * issued or the app's secret changed since (the stored hash no longer matches: issue a new one).
 */
function currentCode(a: {
  id: string;
  certificateIssuedAt: Date | null;
  certificateCodeHash: string | null;
}) {
  if (!a.certificateIssuedAt || !a.certificateCodeHash) return null;
  const code = deriveCertificateCode(appSecret(), a.id, a.certificateIssuedAt);
  return hashCertificateCode(code) === a.certificateCodeHash ? code : null;
}

/** What a certificate shows, for a completed attendee of a session the viewer may see. */
export async function getCertificateForViewer(viewer: Viewer, attendeeId: string) {
  requireRead(viewer);
  if (!isUuid(attendeeId)) throw new NotFoundError();
  const db = await getDb();
  const a = await db.trainingAttendee.findFirst({
    where: { id: attendeeId, completedAt: { not: null }, session: trainingScope(viewer) },
    select: {
      id: true,
      name: true,
      rank: true,
      unit: true,
      completedAt: true,
      certificateIssuedAt: true,
      certificateCodeHash: true,
      exercisesPassed: true,
      session: {
        select: {
          id: true,
          title: true,
          kind: true,
          startDate: true,
          endDate: true,
          venue: true,
          countryCode: true,
          partnerOrgs: true,
          trainers: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!a) throw new NotFoundError();
  const { certificateCodeHash: _hash, ...rest } = a;
  return {
    ...rest,
    code: currentCode(a),
    required: await requiredExercises(db, a.session.countryCode, a.session.kind),
    session: { ...a.session, trainers: a.session.trainers.map((t) => t.user.name) },
  };
}
export type CertificateView = Awaited<ReturnType<typeof getCertificateForViewer>>;

/**
 * Issues (or re-issues) the verification code of a completed attendee's certificate, once they
 * passed the exercises their level requires. Only its hash is stored; the code is derived again
 * to show it later. Re-issuing invalidates the old one.
 */
export async function issueCertificate(viewer: Viewer, attendeeId: string): Promise<{ code: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const a = await findManagedAttendee(tx, viewer, attendeeId);
    if (!a.completedAt) throw new AppError("training:errors.notCompleted");
    const required = await requiredExercises(tx, a.session.countryCode, a.session.kind);
    if (a.exercisesPassed.length < required) throw new AppError("training:errors.notEnoughExercises");
    const certificateIssuedAt = new Date();
    const code = deriveCertificateCode(appSecret(), a.id, certificateIssuedAt);
    await tx.trainingAttendee.update({
      where: { id: a.id },
      data: { certificateCodeHash: hashCertificateCode(code), certificateIssuedAt },
    });
    // When it was (re-)issued; the code and its hash never enter the trail.
    await recordAuditEvent(tx, viewer, {
      action: "training.certificate.issue",
      targetType: "TrainingAttendee",
      targetId: a.id,
      countryCode: a.session.countryCode,
      before: { certificateIssuedAt: a.certificateIssuedAt },
      after: { certificateIssuedAt },
    });
    return { code };
  });
}

export type VerifyResult =
  | {
      // Only what proves the paper is genuine: the code may travel in a QR code's address.
      status: "valid";
      initials: string;
      kind: TrainingKind;
      startDate: Date;
      endDate: Date | null;
      issuedAt: Date | null;
    }
  | { status: "invalid" }
  | { status: "rateLimited" };

const VERIFY_LIMIT = 10;
const VERIFY_WINDOW_SECONDS = 15 * 60;

/**
 * Public check of a certificate code. Attempts are limited per IP (hashed) so codes cannot
 * be guessed by brute force; a malformed code counts as an attempt too.
 */
export async function verifyCertificate(code: string, ipHash: string): Promise<VerifyResult> {
  const limit = Math.round(VERIFY_LIMIT * env().RATE_LIMIT_MULTIPLIER);
  if (!(await hitRateLimit(`training-verify:${ipHash}`, limit, VERIFY_WINDOW_SECONDS)))
    return { status: "rateLimited" };
  const canonical = canonicalCertificateCode(code);
  if (!canonical) return { status: "invalid" };
  const db = await getDb();
  const a = await db.trainingAttendee.findFirst({
    where: { certificateCodeHash: hashCertificateCode(canonical), completedAt: { not: null } },
    select: {
      name: true,
      certificateIssuedAt: true,
      session: { select: { kind: true, startDate: true, endDate: true } },
    },
  });
  if (!a) return { status: "invalid" };
  return {
    status: "valid",
    initials: initialsOf(a.name),
    kind: a.session.kind,
    startDate: a.session.startDate,
    endDate: a.session.endDate,
    issuedAt: a.certificateIssuedAt,
  };
}

/** "Sgt. Ana Pop" -> "S. A. P.": enough to match the paper, too little to identify anyone. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s.]+/u)
    .filter(Boolean)
    .map((w) => `${w[0]!.toLocaleUpperCase()}.`)
    .join(" ");
}

/** A trainee (their practice login) sees their own certificate's code again, if one was issued. */
export async function getMyCertificate(viewer: Viewer) {
  if (!viewer.practiceSessionId) throw new NotFoundError();
  const db = await getDb();
  const a = await db.trainingAttendee.findFirst({
    where: { practiceLoginId: viewer.id, sessionId: viewer.practiceSessionId, completedAt: { not: null } },
    select: { id: true, certificateIssuedAt: true, certificateCodeHash: true },
  });
  return a ? { code: currentCode(a), issuedAt: a.certificateIssuedAt } : null;
}
