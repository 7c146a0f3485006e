import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import { addAttendee, setAttendance } from "./attendee-data";
import { getCertificateForViewer, issueCertificate, verifyCertificate } from "./certificate-data";
import { generateCertificateCode } from "./codes";
import { createSession } from "./session-data";
import { attendee, createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";
import { closeAppTestDb } from "@/testing/test-db";

let w: TrainingWorld;
let attendeeId: string;
beforeAll(async () => {
  w = await createTrainingWorld();
  const s = await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id] }));
  attendeeId = (
    await addAttendee(w.trainerBz, s.id, attendee({ name: "Sgt. Ana Pop", email: "ana@police.bz" }))
  ).id;
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

let ip = 0;
const freshIp = () => `ip-${++ip}`;

describe("certificates", () => {
  it("exist only for completed attendees and in scope", async () => {
    await expect(getCertificateForViewer(w.trainerBz, attendeeId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueCertificate(w.trainerBz, attendeeId)).rejects.toMatchObject({
      key: "training:errors.notCompleted",
    });
    await setAttendance(w.trainerBz, { attendeeId, attended: true, completed: true });
    await expect(getCertificateForViewer(w.trainerBo, attendeeId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueCertificate(w.trainerBo, attendeeId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueCertificate(w.adminBz, attendeeId)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      (await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: attendeeId } })).certificateCodeHash,
    ).toBeNull();
    const view = await getCertificateForViewer(w.adminBz, attendeeId);
    expect(view).toMatchObject({
      name: "Sgt. Ana Pop",
      session: { countryCode: "BZ", trainers: ["trainer.bz"] },
    });
  });

  it("verify with the printed code and only with it; the code itself is never stored", async () => {
    const { code } = await issueCertificate(w.trainerBz, attendeeId);
    const row = await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: attendeeId } });
    expect(row.certificateCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code.slice(5));

    const ok = await verifyCertificate(code.toLowerCase().replace(/-/g, " "), freshIp());
    // Initials, level and dates only: the code may travel in a QR code's address.
    expect(ok).toMatchObject({ status: "valid", initials: "S. A. P.", kind: "TRAIN_THE_TRAINERS" });
    expect(JSON.stringify(ok)).not.toMatch(/Ana|Belize/);

    // Forged: a well-formed random code, the real one with a symbol changed, garbage.
    const last = code.at(-1) === "0" ? "1" : "0";
    for (const forged of [
      generateCertificateCode(),
      code.slice(0, -1) + last,
      "CERT-1234",
      "'; DROP TABLE x;--",
    ]) {
      expect(await verifyCertificate(forged, freshIp())).toEqual({ status: "invalid" });
    }

    // Re-issuing replaces the code: the old paper no longer verifies.
    const { code: second } = await issueCertificate(w.trainerBz, attendeeId);
    expect(await verifyCertificate(code, freshIp())).toEqual({ status: "invalid" });
    expect((await verifyCertificate(second, freshIp())).status).toBe("valid");

    // Withdrawing completion withdraws the certificate.
    await setAttendance(w.trainerBz, { attendeeId, attended: true, completed: false });
    expect(await verifyCertificate(second, freshIp())).toEqual({ status: "invalid" });
  });

  it("limit verification attempts per IP", async () => {
    const me = freshIp();
    for (let i = 0; i < 10; i++)
      expect((await verifyCertificate(generateCertificateCode(), me)).status).toBe("invalid");
    expect(await verifyCertificate(generateCertificateCode(), me)).toEqual({ status: "rateLimited" });
    expect((await verifyCertificate(generateCertificateCode(), freshIp())).status).toBe("invalid");
  });
});
