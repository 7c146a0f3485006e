import { beforeAll, describe, expect, it } from "vitest";
import { listInbox } from "@/features/inbox/data";
import { InboxFilter } from "@/features/inbox/schemas";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { answerOwnerRequest, requestOwningCountry } from "./data";
import { OwnerAnswerInput, OwnerRequestInput } from "./schemas";
import { fileCase, makePracticeSession } from "./test-fixtures";

// Requests to the country that owns a case (decision 145): who may send and answer, what is
// written (case events and inbox items, in one transaction), and that refusals write nothing.

const env = withTestDb();
let policeGt: Viewer;
let policeBz: Viewer;
let ngoBz: Viewer;
let ngoGt: Viewer;
let trainerGt: Viewer;

const open = InboxFilter.parse({});
const request = (caseNumber: string, need = "SEEN", message?: string) =>
  OwnerRequestInput.parse({ caseNumber, need, message });

beforeAll(async () => {
  policeGt = await makeViewer(env.db, "POLICE", "GT");
  policeBz = await makeViewer(env.db, "POLICE", "BZ");
  ngoBz = await makeViewer(env.db, "NGO", "BZ");
  ngoGt = await makeViewer(env.db, "NGO", "GT");
  trainerGt = await makeViewer(env.db, "TRAINER", "GT");
});

const countWrites = async (caseId: string) => ({
  events: await env.db.caseEvent.count({ where: { caseId, type: { startsWith: "OWNER_REQUEST" } } }),
  items: await env.db.inboxItem.count({ where: { caseId, kind: "REQUEST" } }),
});

describe("request to the owning country", () => {
  it("lands on the case timeline and in the owning country's inbox; the owner answers the asker", async () => {
    const c = await fileCase(env.db, "BZ");
    await requestOwningCountry(policeGt, request(c.caseNumber, "SEEN", "Seen in Flores on Monday."));
    const event = await env.db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "OWNER_REQUEST" } });
    expect(event).toMatchObject({
      actorUserId: policeGt.id,
      oldValue: "GT",
      newValue: "SEEN",
      body: "Seen in Flores on Monday.",
    });
    const inBz = (await listInbox(policeBz, open)).find((e) => e.case?.caseNumber === c.caseNumber);
    expect(inBz).toMatchObject({ kind: "REQUEST", fromCountryCode: "GT", reasons: ["NEED:SEEN"] });
    expect(inBz?.body).toBe("Seen in Flores on Monday.");
    // Belize's NGO works the case too (the case team); Guatemala's staff do not get it.
    expect((await listInbox(ngoBz, open)).some((e) => e.case?.caseNumber === c.caseNumber)).toBe(true);
    expect((await listInbox(ngoGt, open)).some((e) => e.case?.caseNumber === c.caseNumber)).toBe(false);

    await answerOwnerRequest(
      policeBz,
      OwnerAnswerInput.parse({ caseNumber: c.caseNumber, requestId: event.id, message: "Call desk 3." }),
    );
    const answer = await env.db.caseEvent.findFirstOrThrow({
      where: { caseId: c.id, type: "OWNER_REQUEST_ANSWERED" },
    });
    expect(answer).toMatchObject({ actorUserId: policeBz.id, oldValue: event.id, newValue: "GT" });
    const back = (await listInbox(policeGt, open)).find((e) => e.case?.caseNumber === c.caseNumber);
    expect(back).toMatchObject({
      kind: "REQUEST",
      fromCountryCode: "BZ",
      reasons: ["ANSWER"],
      body: "Call desk 3.",
    });
    // Only the asker gets the answer, not every Guatemalan officer.
    const otherGt = await makeViewer(env.db, "POLICE", "GT");
    expect((await listInbox(otherGt, open)).some((e) => e.case?.caseNumber === c.caseNumber)).toBe(false);
  });

  it("an assigned case's request goes to its officer", async () => {
    const c = await fileCase(env.db, "BZ");
    await env.db.case.update({ where: { id: c.id }, data: { assignedUserId: policeBz.id } });
    await requestOwningCountry(policeGt, request(c.caseNumber, "CONTACT"));
    const item = await env.db.inboxItem.findFirstOrThrow({ where: { caseId: c.id, kind: "REQUEST" } });
    expect(item).toMatchObject({ recipientUserId: policeBz.id, body: null });
  });

  it("refuses, writing nothing: own country, a role without it, a practice login, an unknown case", async () => {
    const c = await fileCase(env.db, "BZ");
    await expect(requestOwningCountry(policeBz, request(c.caseNumber))).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestOwningCountry(ngoGt, request(c.caseNumber))).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestOwningCountry(trainerGt, request(c.caseNumber))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const session = await makePracticeSession(env.db, "GT", trainerGt.id);
    const practice = await makeViewer(env.db, "POLICE", "GT", { practiceSessionId: session.id });
    await expect(requestOwningCountry(practice, request(c.caseNumber))).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestOwningCountry(policeGt, request("BZ-2026-999999"))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await countWrites(c.id)).toEqual({ events: 0, items: 0 });
  });

  it("only the owning country answers, and only a request of that case", async () => {
    const c = await fileCase(env.db, "BZ");
    const other = await fileCase(env.db, "BZ");
    await requestOwningCountry(policeGt, request(c.caseNumber, "INFORMATION"));
    const event = await env.db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "OWNER_REQUEST" } });
    const answer = (caseNumber: string, requestId = event.id) =>
      OwnerAnswerInput.parse({ caseNumber, requestId, message: "x" });
    await expect(answerOwnerRequest(policeGt, answer(c.caseNumber))).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerOwnerRequest(ngoGt, answer(c.caseNumber))).rejects.toBeInstanceOf(NotFoundError);
    // The right officer, but the request id of another case.
    await expect(answerOwnerRequest(policeBz, answer(other.caseNumber))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const note = await env.db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: "CREATED" } });
    await expect(answerOwnerRequest(policeBz, answer(c.caseNumber, note.id))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await countWrites(c.id)).toEqual({ events: 1, items: 1 });
    expect(await countWrites(other.id)).toEqual({ events: 0, items: 0 });
  });

  it("the schema: 'something else' needs a message; unknown needs are refused", () => {
    expect(OwnerRequestInput.safeParse({ caseNumber: "BZ-2026-000001", need: "OTHER" }).success).toBe(false);
    expect(OwnerRequestInput.safeParse({ caseNumber: "BZ-2026-000001", need: "BRIBE" }).success).toBe(false);
    expect(
      OwnerRequestInput.safeParse({ caseNumber: "BZ-2026-000001", need: "OTHER", message: "Fingerprints" })
        .success,
    ).toBe(true);
  });
});
