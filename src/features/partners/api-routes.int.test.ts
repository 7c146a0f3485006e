// Every token route x every scope, plus expired, revoked, malformed and wrong-country tokens,
// the per-token limit and the call log, through the real route handlers and PostgreSQL.
import { withTestDb } from "@/testing/with-test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCase } from "@/app/api/v1/cases/[caseNumber]/route";
import { POST as addNote } from "@/app/api/v1/cases/[caseNumber]/notes/route";
import { POST as searchCases } from "@/app/api/v1/cases/search/route";
import { POST as fileClaim } from "@/app/api/v1/claims/route";
import { POST as recordFound } from "@/app/api/v1/found/route";
import { GET as listMatches } from "@/app/api/v1/matches/route";
import { nayeRecord } from "@/features/found/test-fixtures";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { settleMatching } from "@/features/matching/data";
import { POST as importPfif } from "@/app/api/v1/pfif/route";
import { GET as pfifNotes } from "@/app/api/v1/pfif/notes/route";
import { GET as pfifPersons } from "@/app/api/v1/pfif/persons/route";
import { dobForAge, makeCase } from "@/features/bulletin/test-helpers";
import { API_SCOPES, type ApiScope } from "@/server/api-scopes";
import { toViewer, viewerSelect } from "@/server/viewer";
import { createUser } from "@/testing/factories";
import { createApiToken, revokeApiToken } from "./token-data";

const env = withTestDb();
let caseNumber = "";
let policeOrg = "";
let admin: Awaited<ReturnType<typeof adminViewer>>;

async function adminViewer() {
  const u = await createUser(env.db, {
    email: `admin-${crypto.randomUUID()}@demo.test`,
    role: "ADMIN",
    countryCode: "BO",
    passwordHash: "x",
  });
  return toViewer(await env.db.user.findUniqueOrThrow({ where: { id: u.id }, select: viewerSelect }));
}

async function token(scopes: ApiScope[], over: { countries?: string[]; perMinute?: number } = {}) {
  return createApiToken(admin, {
    name: `t-${crypto.randomUUID()}`,
    organizationId: policeOrg,
    scopes,
    countryCodes: (over.countries ?? ["BO"]) as never,
    expiresInDays: 30,
    rateLimitPerMinute: over.perMinute ?? 1000,
  });
}

const pfifDoc = (id: string, country = "BO") => `<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
  <pfif:person>
    <pfif:person_record_id>partner.org/${id}</pfif:person_record_id>
    <pfif:source_date>2026-10-03T12:00:00Z</pfif:source_date>
    <pfif:full_name>Juan Carlos Pérez López</pfif:full_name>
    <pfif:given_name>Juan Carlos</pfif:given_name>
    <pfif:family_name>Pérez López</pfif:family_name>
    <pfif:author_name>Registro Nacional</pfif:author_name>
    <pfif:home_country>${country}</pfif:home_country>
    <pfif:home_city>La Paz</pfif:home_city>
    <pfif:sex>male</pfif:sex>
    <pfif:age>34</pfif:age>
  </pfif:person>
</pfif:pfif>`;

type Call = (auth: string | null) => Promise<Response>;
const headers = (auth: string | null, extra: Record<string, string> = {}) => ({
  ...(auth === null ? {} : { Authorization: auth }),
  ...extra,
});
const params = () => ({ params: Promise.resolve({ caseNumber }) });
const url = (p: string) => `http://localhost${p}`;

// sessionToo: without an Authorization header the route is the staff session's (tested with the
// e2e suite), so "no header" is not a token refusal there.
const ROUTES: { name: string; scope: ApiScope; call: Call; ok: number; sessionToo?: boolean }[] = [
  {
    name: "POST /api/v1/cases/search",
    scope: "cases:search",
    ok: 200,
    sessionToo: true,
    call: (auth) =>
      searchCases(
        new Request(url("/api/v1/cases/search"), {
          method: "POST",
          headers: headers(auth, { "Content-Type": "application/json" }),
          body: JSON.stringify({ q: "Quispe" }),
        }),
      ),
  },
  {
    name: "POST /api/v1/claims",
    scope: "claims:create",
    ok: 201,
    sessionToo: true,
    call: (auth) =>
      fileClaim(
        new Request(url("/api/v1/claims"), {
          method: "POST",
          headers: headers(auth, { "Content-Type": "application/json" }),
          body: JSON.stringify(goodClaim({ submissionId: crypto.randomUUID() })),
        }),
      ),
  },
  {
    name: "GET /api/v1/cases/{caseNumber}",
    scope: "cases:read",
    ok: 200,
    call: (auth) =>
      getCase(new Request(url(`/api/v1/cases/${caseNumber}`), { headers: headers(auth) }), params()),
  },
  {
    name: "POST /api/v1/cases/{caseNumber}/notes",
    scope: "cases:note",
    ok: 201,
    call: (auth) =>
      addNote(
        new Request(url(`/api/v1/cases/${caseNumber}/notes`), {
          method: "POST",
          headers: headers(auth, { "Content-Type": "application/json" }),
          body: JSON.stringify({ body: "Visto en la terminal de buses." }),
        }),
        params(),
      ),
  },
  {
    name: "GET /api/v1/pfif/persons",
    scope: "pfif:read",
    ok: 200,
    call: (auth) => pfifPersons(new Request(url("/api/v1/pfif/persons"), { headers: headers(auth) }), {}),
  },
  {
    name: "GET /api/v1/pfif/notes",
    scope: "pfif:read",
    ok: 200,
    call: (auth) => pfifNotes(new Request(url("/api/v1/pfif/notes"), { headers: headers(auth) }), {}),
  },
  {
    name: "POST /api/v1/pfif",
    scope: "pfif:write",
    ok: 200,
    call: (auth) =>
      importPfif(
        new Request(url("/api/v1/pfif"), {
          method: "POST",
          headers: headers(auth, { "Content-Type": "application/xml" }),
          body: pfifDoc(crypto.randomUUID()),
        }),
        {},
      ),
  },
  {
    name: "POST /api/v1/found",
    scope: "found:create",
    ok: 201,
    call: (auth) =>
      recordFound(
        new Request(url("/api/v1/found"), {
          method: "POST",
          headers: headers(auth, { "Content-Type": "application/json" }),
          body: JSON.stringify(nayeRecord()),
        }),
        {},
      ),
  },
  {
    name: "GET /api/v1/matches",
    scope: "matches:read",
    ok: 200,
    call: (auth) =>
      listMatches(new Request(url("/api/v1/matches?status=PROPOSED"), { headers: headers(auth) }), {}),
  },
];

beforeAll(async () => {
  admin = await adminViewer();
  policeOrg = (
    await env.db.organization.create({ data: { name: "Policía BO", kind: "POLICE_UNIT", countryCode: "BO" } })
  ).id;
  // The found-person story's girl: a 15-year-old who went missing a month ago.
  const lastSeenAt = new Date(Date.now() - 30 * 86_400_000);
  caseNumber = (
    await makeCase(env.db, {
      country: "BO",
      givenNames: "Nayeli",
      familyNames: "Quispe Mamani",
      sex: "FEMALE",
      dateOfBirth: dobForAge(15),
      lastSeenAt,
    })
  ).caseNumber;
});

describe("token x route matrix", () => {
  for (const route of ROUTES) {
    it(`${route.name}: only its scope opens it`, async () => {
      for (const scope of API_SCOPES) {
        const { token: secret } = await token([scope]);
        const res = await route.call(`Bearer ${secret}`);
        const expected = scope === route.scope ? route.ok : 403;
        expect({ scope, status: res.status }).toEqual({ scope, status: expected });
        if (expected === 403) expect(res.headers.get("content-type")).toContain("application/problem+json");
      }
    });

    it(`${route.name}: no, malformed, unknown, expired and revoked tokens get 401`, async () => {
      const { id, token: secret } = await token([route.scope]);
      const expired = await token([route.scope]);
      await env.db.apiToken.update({
        where: { id: expired.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const revoked = await token([route.scope]);
      await revokeApiToken(admin, { id: revoked.id });
      for (const auth of [
        ...(route.sessionToo ? [] : [null]),
        "Basic dXNlcjpwYXNz",
        `Bearer ${secret.slice(0, -2)}xx`,
        "Bearer rtk_0000000000_nope",
        `Bearer ${expired.token}`,
        `Bearer ${revoked.token}`,
      ]) {
        const res = await route.call(auth);
        expect({ auth, status: res.status }).toEqual({ auth, status: 401 });
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
        const body = await res.json();
        expect(body).toMatchObject({ status: 401, code: "partners:errors.invalidToken" });
      }
      expect(await env.db.apiToken.count({ where: { id } })).toBe(1);
    });
  }
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
