import "server-only";
import { recordAuditEvent } from "@/server/audit-event";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { hitRateLimit } from "@/server/rate-limit";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { findManagedAttendee, isUuid, requireRead } from "./access";
import { canonicalCertificateCode, generateCertificateCode, hashCertificateCode } from "./codes";
import { env } from "@/server/env";

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
  return { ...a, session: { ...a.session, trainers: a.session.trainers.map((t) => t.user.name) } };
}
export type CertificateView = Awaited<ReturnType<typeof getCertificateForViewer>>;

/**
 * Issues (or re-issues) the verification code of a completed attendee's certificate. Only its
 * hash is stored, so the code is returned once for printing; re-issuing invalidates the old one.
 */
export async function issueCertificate(viewer: Viewer, attendeeId: string): Promise<{ code: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const a = await findManagedAttendee(tx, viewer, attendeeId);
    if (!a.completedAt) throw new AppError("training:errors.notCompleted");
    const code = generateCertificateCode();
    const certificateIssuedAt = new Date();
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
      status: "valid";
      name: string;
      sessionTitle: string;
      startDate: Date;
      endDate: Date | null;
      countryCode: string;
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
      session: { select: { title: true, startDate: true, endDate: true, countryCode: true } },
    },
  });
  if (!a) return { status: "invalid" };
  return {
    status: "valid",
    name: a.name,
    sessionTitle: a.session.title,
    startDate: a.session.startDate,
    endDate: a.session.endDate,
    countryCode: a.session.countryCode,
    issuedAt: a.certificateIssuedAt,
  };
}
