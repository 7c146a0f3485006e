// A token's countries narrow every route: reads, searches and PFIF imports.
// Through the real route handlers and PostgreSQL (world: testing.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importPfif } from "@/app/api/v1/pfif/route";
import { api, setUpApiWorld, token, pfifDoc, url, ROUTES } from "./testing";
const env = setUpApiWorld();
let caseNumber = "";
beforeAll(() => {
  caseNumber = api.caseNumber;
});

describe("token countries", () => {
  it("a case outside the token's countries is not found, and nothing is written or logged for it", async () => {
    const { token: pe } = await token(["cases:read", "cases:note"], { countries: ["PE"] });
    const notesBefore = await env.db.caseEvent.count({ where: { case: { caseNumber }, type: "NOTE_ADDED" } });
    const logsBefore = await env.db.caseAccessLog.count({ where: { case: { caseNumber } } });
    expect((await ROUTES[2]!.call(`Bearer ${pe}`)).status).toBe(404);
    expect((await ROUTES[3]!.call(`Bearer ${pe}`)).status).toBe(404);
    expect(await env.db.caseEvent.count({ where: { case: { caseNumber }, type: "NOTE_ADDED" } })).toBe(
      notesBefore,
    );
    expect(await env.db.caseAccessLog.count({ where: { case: { caseNumber } } })).toBe(logsBefore);
  });

  it("a cases:search token lists its countries' cases (without cases:read), and none of others", async () => {
    const rows = async (countries: string[]) => {
      const { token: secret } = await token(["cases:search"], { countries });
      const body = await (await ROUTES[0]!.call(`Bearer ${secret}`)).json();
      return body.rows.map((r: { caseNumber: string }) => r.caseNumber);
    };
    expect(await rows(["BO"])).toContain(caseNumber);
    expect(await rows(["PE"])).not.toContain(caseNumber);
  });

  it("a PFIF record of a country outside the token's is refused in the report, the others imported", async () => {
    const { token: bo } = await token(["pfif:write"]);
    const res = await importPfif(
      new Request(url("/api/v1/pfif"), {
        method: "POST",
        headers: { Authorization: `Bearer ${bo}`, "Content-Type": "application/xml" },
        body: pfifDoc(crypto.randomUUID(), "PE"),
      }),
      {},
    );
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ created: 0, refused: 1 });
    expect(JSON.stringify(report.records[0].problems)).toContain("countryOutOfScope");
  });
});
