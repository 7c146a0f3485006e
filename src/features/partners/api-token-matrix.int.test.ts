// Every token route x every scope, plus expired, revoked and malformed tokens.
// Through the real route handlers and PostgreSQL (world: testing.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { API_SCOPES } from "@/server/api-scopes";
import { revokeApiToken } from "./token-data";
import { api, setUpApiWorld, token, ROUTES } from "./testing";
const env = setUpApiWorld();
let admin: typeof api.admin;
beforeAll(() => {
  admin = api.admin;
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
