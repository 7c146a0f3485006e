// The logs carry a request id on every line, the user's error reference is that id, and no
// personal data of a submitted claim reaches them, even when an error message echoes it.
import { withTestDb } from "@/testing/with-test-db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SearchInput } from "@/features/cases/schemas";
import { searchCases } from "@/features/cases/data/search";
import { handleClaimPost } from "@/features/intake/api-claims";
import { authenticate } from "@/features/users/authenticate";
import { authOptions } from "./auth";
import { metrics } from "./metrics";
import { createUser } from "@/testing/factories";
import { makeViewer } from "@/testing/viewers";
import { goodClaim } from "@/features/intake/claim-fixtures";
import { apiRoute } from "./api-problem";
import { getDb } from "./db";
import { logUnexpected } from "./errors";
import { stampRequestId } from "./error-reference";
import { errorForLog, log, useLogDestination } from "./logger";
import { requestContext } from "./request-context";

const env = withTestDb({ uploads: true });
const lines: string[] = [];

// Synthetic, but shaped like what a family types: names, an e-mail address, a phone number.
const PERSONAL = {
  givenNames: "Zenobia Filomena",
  familyNames: "Quillacollo Tarqui",
  reporter: "Wilfreda Mamani Condori",
  email: "wilfreda.condori@example.org",
  phone: "+591 7654 3210",
};
const PATTERNS = [
  "Zenobia",
  "Filomena",
  "Quillacollo",
  "Tarqui",
  "Wilfreda",
  "Condori",
  "wilfreda.condori",
  "example.org",
  "7654",
  "3210",
];

function personalClaim() {
  const c = goodClaim();
  return {
    ...c,
    person: { ...c.person, givenNames: PERSONAL.givenNames, familyNames: PERSONAL.familyNames },
    reporter: { ...c.reporter, name: PERSONAL.reporter, email: PERSONAL.email, phone: PERSONAL.phone },
  };
}

const post = (body: unknown, ip: string) =>
  handleClaimPost(
    new Request("http://localhost/api/v1/claims", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "x-reencuentro-client-ip": ip },
    }),
  );

beforeAll(() => {
  useLogDestination({ write: (line: string) => void lines.push(line) }, "debug");
});
afterAll(() => {
  useLogDestination();
});

describe("structured logs", () => {
  it("one JSON line per event, each with the request id, which is the error reference", async () => {
    const boom = apiRoute("logs test", async () => {
      throw new Error("something broke");
    });
    const res = await requestContext.run({ requestId: "feedbeef" }, () => boom(new Request("http://x/")));
    expect(await res.json()).toMatchObject({ status: 500, reference: "feedbeef" });
    const line = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      requestId: "feedbeef",
      reference: "feedbeef",
      where: "logs test",
      msg: "unexpected error",
      error: { name: "Error", message: "something broke" },
    });
    // Outside a request there is no request id; the reference is fresh.
    expect(logUnexpected(new Error("x"), "no request")).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.parse(lines.at(-1)!)).not.toHaveProperty("requestId");
  });

  it("a claim filed, refused and failing leaves no name, e-mail or phone number in the log", async () => {
    const start = lines.length;
    await requestContext.run({ requestId: "0000c1a1" }, async () => {
      expect((await post(personalClaim(), "10.7.0.1")).status).toBe(201);
      const invalid = { ...personalClaim(), lastSeen: { ...personalClaim().lastSeen, date: "2026-02-30" } };
      expect((await post(invalid, "10.7.0.2")).status).toBe(400);
      // An unexpected failure whose message echoes the personal data (as Prisma's do).
      const echo = apiRoute("echoing query", async () => {
        const db = await getDb();
        await db.case.findFirst({
          where: { givenNames: { bogus: PERSONAL.givenNames }, reporterEmail: PERSONAL.email } as never,
        });
        return new Response("unreachable");
      });
      const res = await echo(new Request("http://x/"));
      expect(res.status).toBe(500);
      logUnexpected(
        new Error(`Key ("email")=(${PERSONAL.email}) phone ${PERSONAL.phone} already exists`),
        "pg",
      );
    });
    const written = lines.slice(start);
    expect(written.length).toBeGreaterThanOrEqual(2); // the test can fail: something was logged
    for (const line of written) expect(JSON.parse(line)).toMatchObject({ requestId: "0000c1a1" });
    const text = written.join("\n");
    expect(text).toContain("PrismaClientValidationError");
    for (const p of PATTERNS) expect(text, p).not.toContain(p);
    expect(await env.db.case.count({ where: { givenNames: PERSONAL.givenNames } })).toBe(1);
  });

  it("a lookup and refused sign-ins leave no name or e-mail in the log, and the refusals are counted", async () => {
    const refused = async () =>
      (await metrics().signInFailures.get()).values.find((v) => v.labels.reason === "invalidCredentials")
        ?.value ?? 0;
    const before = await refused();
    const start = lines.length;
    const staffEmail = "filomena.tarqui@example.org";
    await createUser(env.db, {
      email: staffEmail,
      role: "POLICE",
      countryCode: "BO",
      password: "the right password!",
    });
    await requestContext.run({ requestId: "00100c0b" }, async () => {
      // The claim of the test above is found by the names the family typed.
      const police = await makeViewer(env.db, "POLICE", "BZ");
      const page = await searchCases(
        police,
        SearchInput.parse({ q: `${PERSONAL.givenNames} ${PERSONAL.familyNames}` }),
      );
      expect(page.rows.length).toBeGreaterThan(0);
      const headers = new Headers({ "x-reencuentro-client-ip": "10.7.0.3" });
      for (const email of [staffEmail, PERSONAL.email])
        expect(await authenticate({ email, password: "not the password", headers })).toMatchObject({
          ok: false,
        });
      // next-auth's own error printer goes to the JSON log too, by shape.
      authOptions.logger!.error!(
        "CALLBACK_CREDENTIALS_HANDLER_ERROR" as never,
        new Error(`no user ${staffEmail}`),
      );
      log().debug({ note: "debug lines are written at this level" }, "marker");
    });
    const written = lines.slice(start);
    expect(written.some((l) => l.includes('"msg":"next-auth error"'))).toBe(true);
    expect(written.some((l) => l.includes('"msg":"marker"'))).toBe(true);
    for (const line of written) expect(JSON.parse(line)).toMatchObject({ requestId: "00100c0b" });
    const text = written.join("\n");
    for (const p of [...PATTERNS, "filomena.tarqui"]) expect(text, p).not.toContain(p);
    expect((await refused()) - before).toBe(2);
  });

  it("a database error carries the request id as its digest, the error page's reference", async () => {
    const db = await getDb();
    const failing = () => db.$queryRawUnsafe("SELECT * FROM no_such_table");
    const inRequest = await requestContext.run({ requestId: "d1a9e57a" }, () =>
      failing().catch((e: unknown) => e),
    );
    expect(inRequest).toMatchObject({ digest: "d1a9e57a" });
    // Outside a request nothing is stamped; a digest the error already has (Next's signals) stays.
    expect(await failing().catch((e: { digest?: string }) => e.digest)).toBeUndefined();
    const signal = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/es;307;" });
    expect(requestContext.run({ requestId: "d1a9e57a" }, () => stampRequestId(signal)).digest).toBe(
      "NEXT_REDIRECT;replace;/es;307;",
    );
  });

  it("errorForLog keeps the shape of an error and drops its values", () => {
    const err = Object.assign(new Error(`Invalid value "Ana Pérez" for ana@example.org, tel. 0991 234 567`), {
      code: "P2009",
      cause: new Error("inner 'secret'"),
    });
    const shown = errorForLog(err);
    expect(shown).toMatchObject({ name: "Error", code: "P2009", cause: { message: "inner '…'" } });
    expect(shown.message).toBe('Invalid value "…" for [email], tel. [number]');
    expect(JSON.stringify(shown)).not.toMatch(/Ana|Pérez|ana@|234/);
  });
});
