import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import { addAttendee, importAttendees, removeAttendee, setAttendance } from "./attendee-data";
import { promoteAttendee } from "./promote-data";
import { createSession } from "./session-data";
import { attendee, createTrainingWorld, sessionInput, type TrainingWorld } from "./testing";
import { makeViewer } from "@/testing/viewers";
import { closeAppTestDb } from "@/testing/test-db";

let w: TrainingWorld;
let ttt: string;
beforeAll(async () => {
  w = await createTrainingWorld();
  ttt = (await createSession(w.trainerBz, sessionInput({ trainerIds: [w.trainerBz.id], capacity: "6" }))).id;
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

const countIn = (sessionId: string) => w.db.trainingAttendee.count({ where: { sessionId } });

describe("attendees", () => {
  it("registers an attendee once per email, within capacity and scope", async () => {
    const a = await addAttendee(
      w.trainerBz,
      ttt,
      attendee({
        name: "Sgt. Ana Pop",
        rank: "Sergeant",
        unit: "Cayo Police",
        regionId: w.regions["BZ-CY"],
        email: "Ana.Pop@police.bz",
      }),
    );
    expect((await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: a.id } })).email).toBe(
      "ana.pop@police.bz",
    );
    await expect(
      addAttendee(w.trainerBz, ttt, attendee({ name: "Ana P.", email: "ana.pop@POLICE.bz" })),
    ).rejects.toMatchObject({
      fieldErrors: { email: "training:errors.alreadyRegistered" },
    });
    await expect(
      addAttendee(
        w.trainerBz,
        ttt,
        attendee({
          name: "Juan Quispe",
          regionId: w.regions["BO-L"] ?? w.regions["BO-C"],
        }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { regionId: "training:validation.invalidChoice" } });
    // Out of scope or read-only: not found, nothing written.
    await expect(addAttendee(w.trainerBo, ttt, attendee({ name: "Intruder" }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(addAttendee(w.adminBz, ttt, attendee({ name: "Admin" }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(addAttendee(w.trainerBz, "not-a-uuid", attendee({ name: "Nobody" }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await countIn(ttt)).toBe(1);
  });

  it("imports a CSV all or nothing, skipping people already registered", async () => {
    const bad =
      "name,rank,unit,region,email\nLuis Coc,Cpl,OW,Orange Walk,luis@police.bz\nX,,,Atlantis,nope\n";
    const r1 = await importAttendees(w.trainerBz, ttt, bad);
    expect(r1).toEqual({
      ok: false,
      errors: [
        { line: 3, field: "name", key: "training:validation.tooShort" },
        { line: 3, field: "email", key: "training:validation.invalidEmail" },
        { line: 3, field: "region", key: "training:import.unknownRegion" },
      ],
    });
    expect(await countIn(ttt)).toBe(1);
    const good =
      "name,rank,unit,region,email\nLuis Coc,Cpl,OW,Orange Walk,luis@police.bz\nAna Pop,Sgt,,BZ-CY,ana.pop@police.bz\n";
    expect(await importAttendees(w.trainerBz, ttt, good)).toEqual({
      ok: true,
      imported: 1,
      skipped: [{ line: 3, email: "ana.pop@police.bz" }],
    });
    // The same file again changes nothing: a retry never duplicates.
    expect(await importAttendees(w.trainerBz, ttt, good)).toMatchObject({ ok: true, imported: 0 });
    expect(await countIn(ttt)).toBe(2);
    // More people than places: nothing imported.
    const many = ["name", ...Array.from({ length: 5 }, (_, i) => `Officer ${i}`)].join("\n");
    expect(await importAttendees(w.trainerBz, ttt, many)).toEqual({
      ok: false,
      errors: [{ line: 0, key: "training:errors.full" }],
    });
    expect(await countIn(ttt)).toBe(2);
    await expect(importAttendees(w.trainerBo, ttt, good)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("marks attendance and completion, only in scope", async () => {
    const a = await addAttendee(w.trainerBz, ttt, attendee({ name: "Rosa Cal", email: "rosa@police.bz" }));
    await expect(
      setAttendance(w.trainerBo, { attendeeId: a.id, attended: true, completed: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: a.id } })).completedAt).toBeNull();
    const done = await setAttendance(w.trainerBz, { attendeeId: a.id, attended: false, completed: true });
    expect(done.attended).toBe(true);
    expect(done.completedAt).toBeInstanceOf(Date);
    const undone = await setAttendance(w.trainerBz, { attendeeId: a.id, attended: true, completed: false });
    expect(undone.completedAt).toBeNull();
    await expect(removeAttendee(w.trainerBo, a.id)).rejects.toBeInstanceOf(NotFoundError);
    await removeAttendee(w.trainerBz, a.id);
    expect(await w.db.trainingAttendee.findUnique({ where: { id: a.id } })).toBeNull();
  });

  it("promotes a completed train-the-trainers attendee, or links an existing trainer", async () => {
    const a = await addAttendee(
      w.trainerBz,
      ttt,
      attendee({
        name: "Cpl. Devon Young",
        email: "devon@police.bz",
        regionId: w.regions["BZ-SC"],
      }),
    );
    await expect(promoteAttendee(w.trainerBz, a.id)).rejects.toMatchObject({
      key: "training:errors.notCompleted",
    });
    await setAttendance(w.trainerBz, { attendeeId: a.id, attended: true, completed: true });
    await expect(promoteAttendee(w.trainerBo, a.id)).rejects.toBeInstanceOf(NotFoundError);
    const created = await promoteAttendee(w.trainerBz, a.id);
    expect(created).toMatchObject({ kind: "created", email: "devon@police.bz" });
    const user = await w.db.user.findUniqueOrThrow({ where: { email: "devon@police.bz" } });
    expect(user).toMatchObject({
      role: "TRAINER",
      countryCode: "BZ",
      regionId: w.regions["BZ-SC"],
      locale: "en",
    });
    expect(user.passwordHash).not.toContain(created.kind === "created" ? created.password : "");
    await expect(promoteAttendee(w.trainerBz, a.id)).rejects.toMatchObject({
      key: "training:errors.alreadyPromoted",
    });
    await expect(
      setAttendance(w.trainerBz, { attendeeId: a.id, attended: true, completed: false }),
    ).rejects.toMatchObject({
      key: "training:errors.promotedKeepsCompletion",
    });

    // An existing Belize trainer is linked; a police account with the same email is left alone.
    const existing = await makeViewer(w.db, "TRAINER", "BZ", { email: "kim@police.bz" });
    await makeViewer(w.db, "POLICE", "BZ", { email: "officer@police.bz" });
    const w2 = await createSession(
      w.trainerBz,
      sessionInput({ trainerIds: [w.trainerBz.id], title: "Second" }),
    );
    const kim = await addAttendee(w.trainerBz, w2.id, attendee({ name: "Kim", email: "kim@police.bz" }));
    const officer = await addAttendee(
      w.trainerBz,
      w2.id,
      attendee({ name: "Officer", email: "officer@police.bz" }),
    );
    for (const x of [kim, officer])
      await setAttendance(w.trainerBz, { attendeeId: x.id, attended: true, completed: true });
    expect(await promoteAttendee(w.trainerBz, kim.id)).toEqual({ kind: "linked", email: "kim@police.bz" });
    expect((await w.db.trainingAttendee.findUniqueOrThrow({ where: { id: kim.id } })).promotedUserId).toBe(
      existing.id,
    );
    await expect(promoteAttendee(w.trainerBz, officer.id)).rejects.toMatchObject({
      key: "training:errors.emailTaken",
    });
    expect((await w.db.user.findUniqueOrThrow({ where: { email: "officer@police.bz" } })).role).toBe(
      "POLICE",
    );

    // Workshop attendees are trainees, not trainers.
    const ws = await createSession(
      w.trainerBz,
      sessionInput({ trainerIds: [w.trainerBz.id], kind: "CASCADE_WORKSHOP" }),
    );
    const t = await addAttendee(
      w.trainerBz,
      ws.id,
      attendee({ name: "Trainee", email: "trainee@police.bz" }),
    );
    await setAttendance(w.trainerBz, { attendeeId: t.id, attended: true, completed: true });
    await expect(promoteAttendee(w.trainerBz, t.id)).rejects.toMatchObject({
      key: "training:errors.notTrainTheTrainers",
    });
    expect(await w.db.user.findUnique({ where: { email: "trainee@police.bz" } })).toBeNull();
  });
});
