// The shared world of the partner API route tests (api-*.int.test.ts): tokens of any scope for a
// Bolivian police unit, the routes with one call each, and a Bolivian case to read and note.
import { beforeAll } from "vitest";
import { GET as getCase } from "@/app/api/v1/cases/[caseNumber]/route";
import { POST as addNote } from "@/app/api/v1/cases/[caseNumber]/notes/route";
import { POST as searchCases } from "@/app/api/v1/cases/search/route";
import { POST as fileClaim } from "@/app/api/v1/claims/route";
import { POST as recordFound } from "@/app/api/v1/found/route";
import { GET as listMatches } from "@/app/api/v1/matches/route";
import { POST as importPfif } from "@/app/api/v1/pfif/route";
import { GET as pfifNotes } from "@/app/api/v1/pfif/notes/route";
import { GET as pfifPersons } from "@/app/api/v1/pfif/persons/route";
import { nayeRecord } from "@/features/found/test-fixtures";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { dobForAge, makeCase } from "@/features/bulletin/test-helpers";
import type { ApiScope } from "@/server/api-scopes";
import { toViewer, viewerSelect } from "@/server/viewer";
import { createUser } from "@/testing/factories";
import { withTestDb } from "@/testing/with-test-db";
import { createApiToken } from "./token-data";

/** What setUpApiWorld prepared: the BO police organisation, an admin and the Nayeli case. */
export const api = {
  caseNumber: "",
  policeOrg: "",
  admin: undefined as unknown as Awaited<ReturnType<typeof adminViewer>>,
};
let env: ReturnType<typeof withTestDb>;

async function adminViewer() {
  const u = await createUser(env.db, {
    email: `admin-${crypto.randomUUID()}@demo.test`,
    role: "ADMIN",
    countryCode: "BO",
    passwordHash: "x",
  });
  return toViewer(await env.db.user.findUniqueOrThrow({ where: { id: u.id }, select: viewerSelect }));
}

export async function token(scopes: ApiScope[], over: { countries?: string[]; perMinute?: number } = {}) {
  return createApiToken(api.admin, {
    name: `t-${crypto.randomUUID()}`,
    organizationId: api.policeOrg,
    scopes,
    countryCodes: (over.countries ?? ["BO"]) as never,
    expiresInDays: 30,
    rateLimitPerMinute: over.perMinute ?? 1000,
  });
}

export const pfifDoc = (id: string, country = "BO") => `<?xml version="1.0" encoding="UTF-8"?>
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

export type Call = (auth: string | null) => Promise<Response>;
export const headers = (auth: string | null, extra: Record<string, string> = {}) => ({
  ...(auth === null ? {} : { Authorization: auth }),
  ...extra,
});
export const params = () => ({ params: Promise.resolve({ caseNumber: api.caseNumber }) });
export const url = (p: string) => `http://localhost${p}`;

// sessionToo: without an Authorization header the route is the staff session's (tested with the
// e2e suite), so "no header" is not a token refusal there.
export const ROUTES: { name: string; scope: ApiScope; call: Call; ok: number; sessionToo?: boolean }[] = [
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
      getCase(new Request(url(`/api/v1/cases/${api.caseNumber}`), { headers: headers(auth) }), params()),
  },
  {
    name: "POST /api/v1/cases/{caseNumber}/notes",
    scope: "cases:note",
    ok: 201,
    call: (auth) =>
      addNote(
        new Request(url(`/api/v1/cases/${api.caseNumber}/notes`), {
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

/** A fresh database with the world every API test file starts from; call at the top of the file. */
export function setUpApiWorld() {
  env = withTestDb();
  beforeAll(async () => {
    api.admin = await adminViewer();
    api.policeOrg = (
      await env.db.organization.create({
        data: { name: "Policía BO", kind: "POLICE_UNIT", countryCode: "BO" },
      })
    ).id;
    // The found-person story's girl: a 15-year-old who went missing a month ago.
    const lastSeenAt = new Date(Date.now() - 30 * 86_400_000);
    api.caseNumber = (
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
  return env;
}
