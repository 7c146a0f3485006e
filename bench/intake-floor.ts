// The intake floor: a bare node:http server doing what a claim minimally costs — read the body,
// the same zod parse (ClaimInput), one INSERT into "Case" on a plain pg pool — and nothing else
// (no counter, no event, no duplicate check, no rate limit). Started as its own process by
// bench/intake.ts: `tsx bench/intake-floor.ts <port> <database url>`.
import crypto from "node:crypto";
import http from "node:http";
import pg from "pg";
import { searchNameFor } from "../src/lib/names/normalize";
import { ClaimInput } from "../src/features/intake/schemas";

const [port, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10 });

const INSERT = `INSERT INTO "Case" ("caseNumber", "publicId", "countryCode", "submissionId", "trackingCodeHash",
  "givenNames", "familyNames", "searchName", "sex", "languages", "lastSeenCity", "lastSeenAt", "circumstances",
  "riskIndicators", "reporterName", "reporterRelationship", "reporterLocale", "updatedAt")
  VALUES ($1, $2, $3, $4, 'floor', $5, $6, $7, $8::"Sex", $9, $10, $11::timestamp, $12, $13, $14, $15, $16, now())
  RETURNING "caseNumber"`;

async function file(body: string): Promise<[number, object]> {
  const parsed = ClaimInput.safeParse(JSON.parse(body));
  if (!parsed.success) return [400, { error: "validation:invalid" }];
  const { submissionId, person: p, lastSeen: l, reporter: r } = parsed.data;
  const caseNumber = `FLOOR-${crypto.randomUUID()}`;
  const res = await pool.query<{ caseNumber: string }>(INSERT, [
    caseNumber,
    crypto.randomBytes(9).toString("base64url"),
    l.country,
    submissionId,
    p.givenNames,
    p.familyNames,
    searchNameFor(p),
    p.sex,
    p.languages,
    l.city,
    `${l.date}T${l.time ?? "12:00"}:00Z`,
    l.circumstances,
    l.riskIndicators,
    r.name,
    r.relationship,
    r.preferredLocale,
  ]);
  return [201, { caseNumber: res.rows[0]!.caseNumber }];
}

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      file(Buffer.concat(chunks).toString("utf8"))
        .catch((err: unknown) => {
          console.error(err);
          return [500, { error: "unexpected" }] as [number, object];
        })
        .then(([status, body]) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        });
    });
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
