import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import { promoteAttendee } from "./promote-data";
import { addAttendee, setAttendance } from "./attendee-data";
import { flattenCascade } from "./cascade-tree";
import { getCascade } from "./coverage-data";
import { createSession, getSessionForViewer, listSessions, updateSession } from "./session-data";
import { fieldErrorsFrom } from "@/server/result";
import { SessionInput } from "./schemas";
import { attendee, createTrainingWorld, sessionForm, sessionInput, type TrainingWorld } from "./testing";
import { toViewer, viewerSelect, type Viewer } from "@/server/viewer";
import { closeAppTestDb } from "@/testing/test-db";

let w: TrainingWorld;
beforeAll(async () => {
  w = await createTrainingWorld();
});
afterAll(async () => {
  await closeAppTestDb(w?.testDb);
});

describe("sessions", () => {
  it("a trainer creates a session in their country and sees it", async () => {
    const { id } = await createSession(
      w.trainerBz,
      sessionInput({ trainerIds: [w.trainerBz.id], capacity: "25" }),
    );
    const s = await getSessionForViewer(w.trainerBz, id);
    expect(s).toMatchObject({
      title: "Train the trainers: Belize national",
      kind: "TRAIN_THE_TRAINERS",
      countryCode: "BZ",
      capacity: 25,
      partnerOrgs: ["UNICEF Belize", "Belize Police Department"],
      materialLinks: ["https://example.org/agenda.pdf"],
      trainers: [{ id: w.trainerBz.id, name: "trainer.bz" }],
    });
    expect((await listSessions(w.trainerBz)).map((x) => x.id)).toContain(id);
    // Admins read, they do not manage.
    expect((await getSessionForViewer(w.adminBz, id)).canManage).toBe(false);
  });

  it("a Bolivian trainer can neither see nor edit a Belize session, and nothing is written", async () => {
    const { id } = await createSession(
      w.trainerBz,
      sessionInput({ trainerIds: [w.trainerBz.id], title: "Cayo workshop" }),
    );
    await expect(getSessionForViewer(w.trainerBo, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSessions(w.trainerBo)).map((x) => x.id)).not.toContain(id);
    await expect(
      updateSession(
        w.trainerBo,
        id,
        sessionInput({ trainerIds: [w.trainerBo.id], countryCode: "BO", title: "Taken" }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await w.db.trainingSession.findUniqueOrThrow({ where: { id } })).title).toBe("Cayo workshop");
    // Nor can they create one in Belize, nor name Belize's trainer or parent session.
    const before = await w.db.trainingSession.count();
    await expect(
      createSession(w.trainerBo, sessionInput({ trainerIds: [w.trainerBo.id] })),
    ).rejects.toMatchObject({
      fieldErrors: { countryCode: "training:validation.invalidChoice" },
    });
    await expect(
      createSession(
        w.trainerBo,
        sessionInput({ countryCode: "BO", trainerIds: [w.trainerBz.id], parentSessionId: id }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: {
        trainerIds: "training:validation.invalidChoice",
        parentSessionId: "training:validation.invalidParent",
      },
    });
    expect(await w.db.trainingSession.count()).toBe(before);
  });

  it("refuses bad input with field errors (the action's parse) and answers not-found to non-trainers", async () => {
    const parsed = SessionInput.safeParse(
      sessionForm({
        trainerIds: [],
        title: "",
        endDate: "2026-01-01",
        materials: "javascript:alert(1)",
        capacity: "0",
      }),
    );
    expect(parsed.success).toBe(false);
    expect(fieldErrorsFrom(parsed.error!.issues)).toMatchObject({
      title: "training:validation.required",
      trainerIds: "training:validation.trainerRequired",
      endDate: "training:validation.endBeforeStart",
      materials: "training:validation.invalidLinks",
      capacity: "training:validation.invalidCapacity",
    });
    const before = await w.db.trainingSession.count();
    await expect(
      createSession(w.adminBz, sessionInput({ trainerIds: [w.trainerBz.id] })),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await w.db.trainingSession.count()).toBe(before);
  });

  it("computes the cascade tree across three generations, and refuses a cycle", async () => {
    // Generation 0: the national train-the-trainers session.
    const gen0 = await createSession(
      w.trainerBz,
      sessionInput({
        trainerIds: [w.trainerBz.id],
        title: "G0 national",
        startDate: "2026-01-05",
        endDate: "",
      }),
    );
    const trainer1 = await trainAndPromote(gen0.id, "gen1.trainer@police.bz");
    // Generation 1: a regional train-the-trainers led by someone trained in generation 0.
    const gen1 = await createSession(
      w.trainerBz,
      sessionInput({
        trainerIds: [trainer1.id],
        title: "G1 Cayo",
        startDate: "2026-02-01",
        endDate: "",
        regionId: w.regions["BZ-CY"],
        parentSessionId: gen0.id,
      }),
    );
    const sibling = await createSession(
      w.trainerBz,
      sessionInput({
        trainerIds: [trainer1.id],
        kind: "CASCADE_WORKSHOP",
        title: "G1 Orange Walk",
        startDate: "2026-02-10",
        endDate: "",
        parentSessionId: gen0.id,
      }),
    );
    const trainer2 = await trainAndPromote(gen1.id, "gen2.trainer@police.bz");
    // Generation 2: a district workshop led by someone trained in generation 1.
    const gen2 = await createSession(
      w.trainerBz,
      sessionInput({
        trainerIds: [trainer2.id],
        kind: "CASCADE_WORKSHOP",
        title: "G2 San Ignacio",
        startDate: "2026-03-01",
        endDate: "",
        parentSessionId: gen1.id,
      }),
    );
    const tree = await getCascade(w.trainerBz, "BZ");
    const root = tree.find((n) => n.id === gen0.id)!;
    expect(root.generation).toBe(0);
    expect(root.children.map((c) => [c.title, c.generation])).toEqual([
      ["G1 Cayo", 1],
      ["G1 Orange Walk", 1],
    ]);
    const g1 = root.children[0]!;
    expect(g1.trainerNames).toEqual(["gen1.trainer"]);
    expect(g1.children.map((c) => [c.id, c.generation, c.trainerNames])).toEqual([
      [gen2.id, 2, ["gen2.trainer"]],
    ]);
    expect(root.completed).toBe(1);
    expect(root.promoted).toBe(1);
    expect(
      flattenCascade(tree).filter((n) => [gen0.id, gen1.id, gen2.id, sibling.id].includes(n.id)),
    ).toHaveLength(4);
    // Bolivia's trainers see none of it.
    await expect(getCascade(w.trainerBo, "BZ")).rejects.toBeInstanceOf(NotFoundError);
    expect(await getCascade(w.trainerBo, "BO")).toEqual([]);
    // Making generation 0 a child of generation 2 would close a loop.
    await expect(
      updateSession(
        w.trainerBz,
        gen0.id,
        sessionInput({ trainerIds: [w.trainerBz.id], title: "G0 national", parentSessionId: gen2.id }),
      ),
    ).rejects.toMatchObject({ fieldErrors: { parentSessionId: "training:validation.invalidParent" } });
  });
});

describe("a trainer trained in a session", () => {
  it("runs their own session as themselves, below the one they were trained in, and sees their trainees", async () => {
    const parent = await createSession(
      w.trainerBz,
      sessionInput({ trainerIds: [w.trainerBz.id], title: "Where Maya trained", startDate: "2026-01-12" }),
    );
    const { id } = await trainAndPromote(parent.id, "maya.trained@police.bz");
    // Signed in as the new trainer account itself, not as the one who promoted it.
    const maya = toViewer(await w.db.user.findUniqueOrThrow({ where: { id }, select: viewerSelect }));
    const own = await createSession(
      maya,
      sessionInput({
        trainerIds: [id],
        kind: "CASCADE_WORKSHOP",
        title: "Maya's station briefing",
        startDate: "2026-02-16",
        endDate: "",
        parentSessionId: parent.id,
      }),
    );
    const trainee = await addAttendee(maya, own.id, attendee({ name: "Cst. Joel Pop", regionId: "" }));
    await setAttendance(maya, { attendeeId: trainee.id, attended: true, completed: true });
    const s = await getSessionForViewer(maya, own.id);
    expect(s.canManage).toBe(true);
    expect(s.attendees.map((a) => [a.name, !!a.completedAt])).toEqual([["Cst. Joel Pop", true]]);
    const node = flattenCascade(await getCascade(maya, "BZ")).find((n) => n.id === own.id)!;
    expect([node.parentSessionId, node.trainerNames, node.completed]).toEqual([
      parent.id,
      ["maya.trained"],
      1,
    ]);
  });
});

async function trainAndPromote(sessionId: string, email: string): Promise<Viewer & { id: string }> {
  const a = await addAttendee(
    w.trainerBz,
    sessionId,
    attendee({ name: email.split("@")[0]!, email, regionId: "" }),
  );
  await setAttendance(w.trainerBz, { attendeeId: a.id, attended: true, completed: true });
  const result = await promoteAttendee(w.trainerBz, a.id);
  expect(result.kind).toBe("created");
  const user = await w.db.user.findUniqueOrThrow({ where: { email } });
  expect(user).toMatchObject({ role: "TRAINER", countryCode: "BZ", practiceSessionId: null });
  return { ...w.trainerBz, id: user.id };
}
