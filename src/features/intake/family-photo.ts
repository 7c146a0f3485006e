// The family adds a photo to their own open report from the track page (after case number and
// tracking code), beside the written information (issue 12: "I have new information" lets them
// add details or a photo). The photo goes through the same pipeline as the claim's (re-encoded,
// no EXIF or GPS, a thumbnail), becomes a PHOTO_ADDED event and tells the case team's inbox,
// in one transaction. Never more than MAX_PHOTOS photos on a claim, as at intake. The photo is
// held from the public pages until an officer of the case releases it (decision 182).
import "server-only";
import { notifyCaseTeam } from "@/features/inbox/data";
import { MAX_PHOTOS } from "@/lib/case-options";
import { recordCaseEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { deleteStoredPhotos, storePhotos } from "@/server/photo-store";
import { preparePhotos } from "@/server/photos";
import { PhotoRefusedError } from "./claim-photo";
import { findTrackedCase } from "./claim-status";

const OPEN: readonly string[] = ["REPORTED", "VERIFIED", "ACTIVE"];

const isUniqueViolation = (err: unknown) => (err as { code?: unknown })?.code === "P2002";

export async function addFamilyPhoto(caseNumber: string, trackingCode: string, photo: Buffer): Promise<void> {
  const c = await findTrackedCase(caseNumber, trackingCode);
  if (!OPEN.includes(c.status)) throw new AppError("checkins:note.closed", 409);
  const db = await getDb();
  // Checked before the (slow) image work too, so a full claim is refused at once.
  if ((await db.casePhoto.count({ where: { caseId: c.id } })) >= MAX_PHOTOS)
    throw new AppError("checkins:photo.tooMany", 409);
  const prepared = await preparePhotos([photo]);
  if (!prepared.ok) throw new PhotoRefusedError(Object.values(prepared.fieldErrors)[0]!);
  const [stored] = await storePhotos(prepared.photos);
  try {
    await db.$transaction(async (tx) => {
      // The first free place; two uploads racing for it meet the unique (caseId, position).
      const rows = await tx.casePhoto.findMany({ where: { caseId: c.id }, select: { position: true } });
      const used = new Set(rows.map((p) => p.position));
      const position = [...Array(MAX_PHOTOS).keys()].find((p) => !used.has(p));
      if (position === undefined) throw new AppError("checkins:photo.tooMany", 409);
      // Held from the public pages until an officer lets it through (decision 182).
      await tx.casePhoto.create({
        data: { caseId: c.id, position, heldForReviewAt: new Date(), ...stored! },
      });
      const event = await recordCaseEvent(tx, {
        caseId: c.id,
        actorKind: "REPORTER",
        type: "PHOTO_ADDED",
        newValue: String(position + 1),
      });
      await notifyCaseTeam(tx, c.id, {
        kind: "CHECK_IN",
        reasons: ["FAMILY_PHOTO"],
        refId: event.id,
        dedupeKey: `family-photo:${event.id}`,
      });
    });
  } catch (err) {
    await deleteStoredPhotos([stored!]);
    if (isUniqueViolation(err)) throw new AppError("common:errors.busy", 409);
    throw err;
  }
}
