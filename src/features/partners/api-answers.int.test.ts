// What the routes answer: matching of a recorded found person, a claim's source, the access log, bad feed parameters.
// Through the real route handlers and PostgreSQL (world: testing.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as recordFound } from "@/app/api/v1/found/route";
import { GET as listMatches } from "@/app/api/v1/matches/route";
import { nayeRecord } from "@/features/found/test-fixtures";
import { settleMatching } from "@/features/matching/data";
import { GET as pfifPersons } from "@/app/api/v1/pfif/persons/route";
import { api, setUpApiWorld, token, url, ROUTES } from "./testing";
const env = setUpApiWorld();
let caseNumber = "";
beforeAll(() => {
  caseNumber = api.caseNumber;
});

describe("answers", () => {
  it("a found person recorded with a token is matched, and the proposal reaches the token's matches feed", async () => {
    const { token: secret } = await token(["found:create", "matches:read"]);
    const recorded = await recordFound(
      new Request(url("/api/v1/found"), {
        method: "POST",
        headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
        // Found 17 days after she was last seen (30 days ago). Found today, 30 days after, the
        // claim without marks scores just under the review threshold of decision 162.
        body: JSON.stringify(
          nayeRecord({ foundOn: new Date(Date.now() - 13 * 86_400_000).toISOString().slice(0, 10) }),
        ),
      }),
      {},
    );
    expect(recorded.status).toBe(201);
    const { foundNumber } = await recorded.json();
    await settleMatching();
    const res = await listMatches(
      new Request(url("/api/v1/matches"), { headers: { Authorization: `Bearer ${secret}` } }),
      {},
    );
    const { rows } = await res.json();
    expect(rows).toContainEqual(expect.objectContaining({ foundNumber, caseNumber, kind: "FOUND" }));
  });

  it("a claim filed with a token records the token as its source", async () => {
    const { id, token: secret } = await token(["claims:create"]);
    const res = await ROUTES[1]!.call(`Bearer ${secret}`);
    expect(res.status).toBe(201);
    const { caseNumber: filed } = await res.json();
    const row = await env.db.case.findUniqueOrThrow({
      where: { caseNumber: filed },
      select: { sourceTokenId: true },
    });
    expect(row.sourceTokenId).toBe(id);
  });

  it("a case read is access-logged as the token's service account and carries no reporter", async () => {
    const { token: secret } = await token(["cases:read"]);
    const res = await ROUTES[2]!.call(`Bearer ${secret}`);
    const body = await res.json();
    expect(body).toMatchObject({
      caseNumber,
      person: { givenNames: "Nayeli", familyNames: "Quispe Mamani" },
    });
    expect(JSON.stringify(body)).not.toMatch(/reporter/i);
    const log = await env.db.caseAccessLog.findFirst({
      where: { case: { caseNumber } },
      orderBy: { createdAt: "desc" },
      select: { user: { select: { isServiceAccount: true } } },
    });
    expect(log?.user.isServiceAccount).toBe(true);
  });

  it("bad feed parameters are a 400 problem with errors per field", async () => {
    const { token: secret } = await token(["pfif:read"]);
    const res = await pfifPersons(
      new Request(url("/api/v1/pfif/persons?min_entry_date=2026-02-30&max_results=9999&cursor=zzz"), {
        headers: { Authorization: `Bearer ${secret}` },
      }),
      {},
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.errors)).toEqual(expect.arrayContaining(["min_entry_date", "max_results"]));
    const { token: reader } = await token(["matches:read"]);
    const matches = await listMatches(
      new Request(url("/api/v1/matches?status=ALL&limit=0"), {
        headers: { Authorization: `Bearer ${reader}` },
      }),
      {},
    );
    expect(matches.status).toBe(400);
    expect(Object.keys((await matches.json()).errors).sort()).toEqual(["limit", "status"]);
  });
});
