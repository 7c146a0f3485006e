import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const V1 = path.join(process.cwd(), "src/app/api/v1");

/** Every route.ts under src/app/api/v1 as an OpenAPI path (`[caseNumber]` -> `{caseNumber}`). */
function routeFiles(dir = V1): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    if (name !== "route.ts") return [];
    const rel = path.relative(V1, dir).split(path.sep).join("/");
    return [`/api/v1/${rel}`.replace(/\[([^\]]+)\]/g, "{$1}")];
  });
}

describe("the OpenAPI document", () => {
  const doc = openApiDocument("https://reencuentro.example.org");

  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(structuredClone(doc) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does refuse a broken one (so the check above can fail).
    const broken = { ...structuredClone(doc), paths: { "/x": { get: { responses: { 200: {} } } } } };
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it("describes every route file under src/app/api/v1, and nothing else", () => {
    const files = routeFiles().sort();
    expect(files.length).toBeGreaterThan(5);
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(files);
  });

  it("names each token route's scope and answers problems as application/problem+json", () => {
    const search = doc.paths!["/api/v1/cases/search"]!.post!;
    expect(search.security).toEqual([{ bearer: ["cases:search"] }]);
    const bad = search.responses!["400"] as { content: Record<string, unknown> };
    expect(Object.keys(bad.content)).toEqual(["application/problem+json"]);
  });
});
