import { describe, expect, it } from "vitest";
import { bodyProblem, isPossibleAction, originProblem } from "./action-precheck";

const multipart = (parts: Record<string, string>, cut = false) => {
  let body = Object.entries(parts)
    .map(([k, v]) => `--B\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join("");
  if (!cut) body += "--B--\r\n";
  return {
    headers: { "content-type": "multipart/form-data; boundary=B", "next-action": "40ab" },
    body: Buffer.from(body),
  };
};
const text = (body: string) => ({
  headers: { "content-type": "text/plain;charset=UTF-8", "next-action": "40ab" },
  body: Buffer.from(body),
});

describe("isPossibleAction", () => {
  it("is a POST outside /api with Next-Action or a multipart body", () => {
    expect(isPossibleAction("POST", "/es/track", { "next-action": "x" })).toBe(true);
    expect(
      isPossibleAction("POST", "/es/report", { "content-type": "multipart/form-data; boundary=a" }),
    ).toBe(true);
    expect(
      isPossibleAction("POST", "/es/track", { "content-type": "application/x-www-form-urlencoded" }),
    ).toBe(false);
    expect(isPossibleAction("GET", "/es/track", { "next-action": "x" })).toBe(false);
    expect(isPossibleAction("POST", "/api/v1/claims", { "next-action": "x" })).toBe(false);
  });
});

describe("originProblem", () => {
  it("refuses an Origin that is not a URL, and another site's without a trusted proxy", () => {
    const host = "localhost:3000";
    expect(originProblem({ host })).toBeNull();
    expect(originProblem({ host, origin: "null" })).toBeNull();
    expect(originProblem({ host, origin: "http://localhost:3000" })).toBeNull();
    expect(originProblem({ host, origin: "not a url" })).toMatch(/not a URL/);
    expect(originProblem({ host, origin: "" })).toMatch(/not a URL/);
    expect(originProblem({ host, origin: "https://evil.example" })).toBe("cross-site");
    expect(originProblem({ host, origin: "https://evil.example" }, true)).toBeNull(); // Next decides
  });
});

describe("bodyProblem", () => {
  it("accepts what React's encodeReply sends", async () => {
    for (const ok of [
      "[]",
      "[null]",
      '["$$dollar",{"a":"$undefined"},"$D2026-01-01T00:00:00.000Z","$n12","$-0","$NaN"]',
      '[{"x":1},"$0:0"]',
    ])
      expect(await bodyProblem(text(ok).headers, text(ok).body), ok).toBeNull();
    const form = multipart({ "0": '["$K1",{"p":"$2"},"$@3"]', "1_name": "Ana", "2": '{"q":1}', "3": '"x"' });
    expect(await bodyProblem(form.headers, form.body)).toBeNull();
    const emptyForm = multipart({ "0": '[null,"$K1"]' }); // a form with no fields
    expect(await bodyProblem(emptyForm.headers, emptyForm.body)).toBeNull();
  });

  it("refuses what React could not decode", async () => {
    const bad: [string, { headers: Record<string, string>; body: Buffer }][] = [
      ["not JSON", text("[zxc]")],
      ["not a list", text('{"a":1}')],
      ["a row a text body cannot have", text('["$1"]')],
      ["an unknown tag", text('["$Zz"]')],
      ["a lone dollar", text('["$"]')],
      ["truncated multipart", multipart({ "0": '["$K1"]' }, true)],
      ["no arguments row", multipart({ "1_a": "b" })],
      ["arguments row not JSON", multipart({ "0": "[" })],
      ["a missing row", multipart({ "0": '["$Q4"]' })],
    ];
    for (const [name, { headers, body }] of bad)
      expect(await bodyProblem(headers, body), name).not.toBeNull();
  });

  it("checks a multipart form posted without JavaScript only for parsing", async () => {
    const form = multipart({ $ACTION_ID_abc: "", name: "Ana" });
    const { "next-action": _, ...headers } = form.headers;
    expect(await bodyProblem(headers, form.body)).toBeNull();
    expect(await bodyProblem(headers, multipart({ a: "b" }, true).body)).toMatch(/does not parse/);
    expect(await bodyProblem({ "content-type": "text/plain" }, Buffer.from("anything"))).toBeNull();
  });
});
