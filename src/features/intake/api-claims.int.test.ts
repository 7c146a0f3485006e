import { withTestDb } from "@/testing/with-test-db";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { handleClaimPost } from "./api-claims";
import { goodClaim } from "./claim-fixtures";
import { MAX_API_BODY_BYTES } from "./limits";

const env = withTestDb({ uploads: true });
let ip = 0;

/** Each test speaks from its own address, so rate limits of one never touch another. */
function post(body: unknown, headers: Record<string, string> = {}, url = "http://localhost/api/v1/claims") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return handleClaimPost(
    new Request(url, {
      method: "POST",
      body: text,
      headers: { "content-type": "application/json", "x-reencuentro-client-ip": `10.0.0.${ip}`, ...headers },
    }),
  );
}

afterEach(() => {
  ip++;
  delete process.env.RATE_LIMIT_MULTIPLIER;
});

describe("POST /api/v1/claims", () => {
  it("files a claim (201), and a replay with the same Idempotency-Key returns the same case (200)", async () => {
    const { submissionId, ...claim } = goodClaim();
    const first = await post(claim, { "Idempotency-Key": submissionId });
    expect(first.status).toBe(201);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const created = (await first.json()) as { caseNumber: string; trackingCode: string };
    expect(created.caseNumber).toMatch(/^BO-\d{4}-\d{6}$/);
    const replay = await post({ ...claim, submissionId }, { "Idempotency-Key": submissionId });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ ...created, replayed: true });
    expect(await env.db.case.count({ where: { submissionId } })).toBe(1);
  });

  it("answers 400 problem+json with per-field errors, translated in the asked language", async () => {
    const c = goodClaim();
    const bad = { ...c, person: { ...c.person, givenNames: "" }, reporter: { ...c.reporter, email: "nope" } };
    const plain = await post(bad);
    expect(plain.status).toBe(400);
    expect(plain.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await plain.json()).toEqual({
      type: "/problems/common/problem/invalid",
      title: "Solicitud no válida",
      status: 400,
      code: "common:problem.invalid",
      detail: "Algunos campos de la solicitud no son válidos: vea «errors».",
      errors: {
        "person.givenNames": { code: "validation:required", detail: "Este campo es obligatorio." },
        "reporter.email": { code: "validation:invalidEmail", detail: expect.any(String) },
      },
    });
    const english = await post(bad, { "Accept-Language": "en-GB,en;q=0.9" });
    expect(await english.json()).toMatchObject({
      title: "Invalid request",
      errors: { "person.givenNames": { detail: "This field is required." } },
    });
    const quechua = await post(bad, {}, "http://localhost/api/v1/claims?locale=qu");
    expect(await quechua.json()).toMatchObject({
      errors: { "person.givenNames": { detail: "Kay campoqa necesitakunmi." } },
    });
  });

  it("refuses bad JSON, non-objects, mismatched idempotency ids and unreadable photos, writing nothing", async () => {
    const before = await env.db.case.count();
    expect(((await (await post("{not json")).json()) as { code: string }).code).toBe(
      "validation:invalidJson",
    );
    expect((await post([goodClaim()])).status).toBe(400);
    const mismatch = await post(goodClaim(), { "Idempotency-Key": crypto.randomUUID() });
    expect(await mismatch.json()).toMatchObject({
      errors: { submissionId: { code: "validation:idempotencyMismatch" } },
    });
    const notBase64 = await post({ ...goodClaim(), photos: ["%%% not base64 %%%"] });
    expect(await notBase64.json()).toMatchObject({
      errors: { "photos.0": { code: "intake:errors.photoUnreadable" } },
    });
    const fakeJpeg = await post({ ...goodClaim(), photos: [Buffer.from("GIF89a fake").toString("base64")] });
    expect(await fakeJpeg.json()).toMatchObject({
      errors: { "photos.0": { code: "intake:errors.photoType" } },
    });
    expect(await env.db.case.count()).toBe(before);
  });

  it("accepts base64 photos and stores them re-encoded", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#09c" } })
      .png()
      .toBuffer();
    const res = await post({ ...goodClaim(), photos: [`data:image/png;base64,${png.toString("base64")}`] });
    expect(res.status).toBe(201);
    const { caseNumber } = (await res.json()) as { caseNumber: string };
    const photos = await env.db.casePhoto.findMany({ where: { case: { caseNumber } } });
    expect(photos.map((p) => [p.mimeType, p.width, p.height])).toEqual([["image/jpeg", 40, 30]]);
  });

  it("answers 413 to oversized bodies, by declared length and by actual bytes", async () => {
    const declared = await post(goodClaim(), { "content-length": String(MAX_API_BODY_BYTES + 1) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ status: 413, code: "common:errors.tooLarge" });
    const huge = JSON.stringify({ ...goodClaim(), padding: "x".repeat(MAX_API_BODY_BYTES) });
    const actual = await post(huge, { "Accept-Language": "en" });
    expect(actual.status).toBe(413);
    expect(await actual.json()).toMatchObject({
      code: "common:errors.tooLarge",
      title: "Too large",
      detail: "The submission is too large.",
    });
  });

  it("answers 429 once a client passes its limit of new claims", async () => {
    process.env.RATE_LIMIT_MULTIPLIER = String(2 / 120); // two new claims per hour
    expect((await post(goodClaim())).status).toBe(201);
    expect((await post(goodClaim())).status).toBe(201);
    const limited = await post(goodClaim());
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3600");
    expect(await limited.json()).toMatchObject({ status: 429, code: "common:errors.rateLimited" });
  });

  it("still answers a retry of an acknowledged claim once the limit is spent", async () => {
    process.env.RATE_LIMIT_MULTIPLIER = String(1 / 120);
    const claim = goodClaim();
    const first = await post(claim);
    expect(first.status).toBe(201);
    expect((await post(goodClaim())).status).toBe(429);
    const retry = await post(claim, { "Idempotency-Key": claim.submissionId });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ...((await first.json()) as object), replayed: true });
  });

  it("a known submission id with a different claim is a 409 and changes nothing", async () => {
    const claim = goodClaim();
    const first = (await (await post(claim)).json()) as { caseNumber: string };
    const before = await env.db.case.findUniqueOrThrow({ where: { submissionId: claim.submissionId } });
    const other = { ...claim, person: { ...claim.person, givenNames: "Otra Persona" } };
    const conflict = await post(other);
    expect(conflict.status).toBe(409);
    const body = (await conflict.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 409, code: "intake:errors.submissionConflict" });
    expect(JSON.stringify(body)).not.toContain(first.caseNumber);
    expect(await env.db.case.count({ where: { submissionId: claim.submissionId } })).toBe(1);
    expect(await env.db.case.findUniqueOrThrow({ where: { submissionId: claim.submissionId } })).toEqual(
      before,
    );
    // The same claim with keys in another order and extra spacing is still the same claim.
    const { person, ...rest } = claim;
    const reordered = { ...rest, person: { ...person, givenNames: ` ${person.givenNames} ` } };
    const again = await post(reordered);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ caseNumber: first.caseNumber, replayed: true });
  });
});
