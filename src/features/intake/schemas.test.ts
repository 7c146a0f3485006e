import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goodClaim } from "./claim-fixtures";
import { ClaimInput } from "./schemas";

type Json = Record<string, unknown>;
const english = Object.fromEntries(
  ["validation", "intake"].map((ns) => [
    ns,
    JSON.parse(fs.readFileSync(`locales/en/${ns}.json`, "utf8")) as Json,
  ]),
);
/** True when "ns:a.b" names a string in the English locale files. */
function keyExists(key: string): boolean {
  const [ns, path] = key.split(":") as [string, string | undefined];
  let node: unknown = english[ns];
  for (const part of (path ?? "").split(".")) node = (node as Json | undefined)?.[part];
  return typeof node === "string";
}

function issues(input: unknown): Record<string, string> {
  const res = ClaimInput.safeParse(input);
  if (res.success) return {};
  const out: Record<string, string> = {};
  for (const i of res.error.issues) out[i.path.join(".")] ??= i.message;
  return out;
}

/** The good claim with one value replaced at a dotted path. */
function withValue(path: string, value: unknown): Json {
  const claim = structuredClone(goodClaim()) as unknown as Json;
  const parts = path.split(".");
  let node = claim;
  for (const p of parts.slice(0, -1)) node = node[p] as Json;
  node[parts.at(-1)!] = value;
  return claim;
}

describe("ClaimInput", () => {
  it("accepts a good claim, trimming and converting what forms send", () => {
    const raw = withValue("person.givenNames", "  María José ") as Json;
    (raw.person as Json).heightCm = "152";
    (raw.reporter as Json).email = "";
    const res = ClaimInput.safeParse(raw);
    expect(res.success).toBe(true);
    expect(res.data?.person.givenNames).toBe("María José");
    expect(res.data?.person.heightCm).toBe(152);
    expect(res.data?.reporter.email).toBeUndefined();
  });

  it("accepts a minimal claim: names, sex, age, place, date, circumstances, one contact", () => {
    const minimal = {
      submissionId: crypto.randomUUID(),
      person: { givenNames: "Ana", familyNames: "Pérez", sex: "UNKNOWN", approxAge: 30 },
      lastSeen: { country: "PE", city: "Lima", date: "2026-01-01", circumstances: "No volvió." },
      reporter: { name: "Luis", relationship: "OTHER", email: "luis@example.org", preferredLocale: "qu" },
      consent: {},
    };
    expect(issues(minimal)).toEqual({});
  });

  const bad: [path: string, value: unknown, key: string][] = [
    ["submissionId", "not-a-uuid", "validation:invalidId"],
    ["person.givenNames", "", "validation:required"],
    ["person.givenNames", "   ", "validation:required"],
    ["person.familyNames", "x".repeat(101), "validation:tooLong"],
    ["person.givenNames", "Ana\u0000", "validation:controlChars"],
    ["person.givenNames", "Ana\uD800", "validation:controlChars"],
    ["lastSeen.circumstances", "\uDC00 lone half", "validation:controlChars"],
    ["person.sex", "ALIEN", "validation:required"],
    ["person.dateOfBirth", "2010-02-30", "validation:invalidDate"],
    ["person.dateOfBirth", "14/03/2009", "validation:invalidDate"],
    ["person.dateOfBirth", "1850-01-01", "validation:invalidDate"],
    ["person.dateOfBirth", "2999-01-01", "validation:dateInFuture"],
    ["person.approxAge", "abc", "validation:notANumber"],
    ["person.approxAge", 12.5, "validation:notANumber"],
    ["person.heightCm", 400, "validation:outOfRange"],
    ["person.nationality", "XX", "validation:invalidChoice"],
    ["person.languages", ["es", "klingon"], "validation:invalidChoice"],
    ["person.clothing", "y".repeat(1001), "validation:tooLong"],
    ["lastSeen.country", "AR", "validation:required"],
    ["lastSeen.region", "PE-LIM", "validation:invalidChoice"],
    ["lastSeen.region", "BO/../L", "validation:invalidChoice"],
    ["lastSeen.city", "", "validation:required"],
    ["lastSeen.date", "", "validation:required"],
    ["lastSeen.date", "2999-12-31", "validation:dateInFuture"],
    ["lastSeen.date", "2001-01-01", "intake:errors.seenBeforeBirth"],
    ["lastSeen.time", "25:00", "validation:invalidTime"],
    ["lastSeen.circumstances", "z".repeat(4001), "validation:tooLong"],
    ["lastSeen.riskIndicators", ["SMUGGLED"], "validation:invalidChoice"],
    ["reporter.name", "", "validation:required"],
    ["reporter.relationship", "BOSS", "validation:required"],
    ["reporter.phone", "call me", "validation:invalidPhone"],
    ["reporter.phone", "12345", "validation:invalidPhone"],
    ["reporter.email", "not-an-email", "validation:invalidEmail"],
    ["reporter.preferredLocale", "de", "validation:required"],
    ["consent.publishName", "yes", "validation:invalidChoice"],
  ];
  it.each(bad.map(([path, value, key]) => ({ path, value, key, shown: JSON.stringify(value).slice(0, 24) })))(
    "rejects $path = $shown with $key",
    ({ path, value, key }) => {
      // Array items report at "path.index": take the first issue at or under the field.
      const found = Object.entries(issues(withValue(path, value))).find(
        ([p]) => p === path || p.startsWith(`${path}.`),
      );
      expect(found?.[1]).toBe(key);
    },
  );

  it("needs a date of birth or an age, and a phone or an email", () => {
    const c = goodClaim() as unknown as { person: Json; reporter: Json };
    c.person.dateOfBirth = "";
    c.reporter.phone = undefined;
    expect(issues(c)).toMatchObject({
      "person.approxAge": "intake:errors.dobOrAge",
      "reporter.phone": "intake:errors.contactRequired",
    });
  });

  it("publishes a minor only with a parent's or guardian's consent", () => {
    const c = goodClaim();
    const minor = { ...c, consent: { ...c.consent, guardianConfirmed: false } };
    expect(issues(minor)).toEqual({ "consent.guardianConfirmed": "intake:errors.guardianRequired" });
    const nothingPublished = {
      ...minor,
      consent: { ...minor.consent, publishPhoto: false, publishName: false, publishAge: false },
    };
    expect(issues(nothingPublished)).toEqual({});
    const adult = { ...minor, person: { ...c.person, dateOfBirth: "1990-01-01" } };
    expect(issues(adult)).toEqual({});
  });
});

describe("ClaimInput, property-based", () => {
  const textFields = [
    "person.givenNames",
    "person.familyNames",
    "person.otherNames",
    "person.hair",
    "person.clothing",
    "lastSeen.city",
    "lastSeen.circumstances",
    "reporter.name",
    "reporter.phone",
    "reporter.email",
    "person.dateOfBirth",
    "lastSeen.time",
    "person.approxAge",
  ];
  const allFields = [
    ...textFields,
    "submissionId",
    "person",
    "person.sex",
    "person.languages",
    "lastSeen",
    "lastSeen.country",
    "lastSeen.riskIndicators",
    "reporter",
    "consent",
    "consent.publishPhoto",
  ];

  /** Never throws; every message is a translation key that exists. */
  function checkOutcome(input: unknown) {
    const res = ClaimInput.safeParse(input);
    if (res.success) return;
    for (const i of res.error.issues)
      expect(keyExists(i.message), `${i.path.join(".")}: ${i.message}`).toBe(true);
  }

  it("random strings in any text field give a result or known error keys", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...textFields),
        fc.string({ unit: "grapheme", maxLength: 300 }),
        (path, s) => {
          checkOutcome(withValue(path, s));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("zero-width and bidi characters are stripped, not stored", () => {
    const parsed = ClaimInput.parse(
      withValue("person.givenNames", "\u200BMa\u200Bri\u0301a\u202E\u2066\uFEFF"),
    ) as { person: { givenNames: string } };
    expect(parsed.person.givenNames).toBe("María");
    expect(issues(withValue("person.givenNames", "\u200B\u200F"))["person.givenNames"]).toBe(
      "validation:required",
    );
  });

  it("control characters are refused in single-line fields", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("person.givenNames", "lastSeen.city", "reporter.name"),
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 0, max: 31 }).filter((c) => c !== 9 && c !== 10 && c !== 13),
        (path, s, code) => {
          const value = `A${s}${String.fromCharCode(code)}b`;
          expect(issues(withValue(path, value))[path]).toBe("validation:controlChars");
        },
      ),
    );
  });

  it("huge inputs are refused as too long, quickly", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...textFields.slice(0, 8)),
        fc.integer({ min: 5_000, max: 2_000_000 }),
        (path, n) => {
          const started = Date.now();
          const key = issues(withValue(path, "a".repeat(n)))[path];
          expect(["validation:tooLong", "validation:invalidPhone", "validation:invalidEmail"]).toContain(key);
          expect(Date.now() - started).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("wrong types anywhere give known error keys, never an exception", () => {
    fc.assert(
      fc.property(fc.constantFrom(...allFields), fc.anything(), (path, value) => {
        checkOutcome(withValue(path, value));
      }),
      { numRuns: 1000 },
    );
    for (const input of [null, undefined, 5, "claim", [], [goodClaim()], { person: null }])
      checkOutcome(input);
  });

  it("a valid claim stays valid whatever surrounding whitespace is added", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(" ", "\t", "  \n"),
        fc.constantFrom(...textFields.slice(0, 8)),
        (ws, path) => {
          const value = path.split(".").reduce<unknown>((n, p) => (n as Json)[p], goodClaim());
          expect(ClaimInput.safeParse(withValue(path, `${ws}${String(value)}${ws}`)).success).toBe(true);
        },
      ),
    );
  });
});
