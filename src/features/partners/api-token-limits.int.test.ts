// The per-token rate limit and the call log.
// Through the real route handlers and PostgreSQL (world: testing.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { api, setUpApiWorld, token, ROUTES } from "./testing";
const env = setUpApiWorld();
let caseNumber = "";
beforeAll(() => {
  caseNumber = api.caseNumber;
});

describe("per-token limit and call log", () => {
  it("answers 429 with Retry-After once the token's limit is spent, and logs every call with its status", async () => {
    const { id, token: secret } = await token(["cases:read"], { perMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await ROUTES[2]!.call(`Bearer ${secret}`)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await ROUTES[2]!.call(`Bearer ${secret}`);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const calls = await env.db.apiCall.findMany({ where: { tokenId: id }, orderBy: { createdAt: "asc" } });
    expect(calls.map((c) => c.status)).toEqual([200, 200, 429, 429]);
    expect(calls[0]).toMatchObject({ method: "GET", route: `/api/v1/cases/${caseNumber}` });
  });
});
