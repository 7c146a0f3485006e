// Issue 11, item 11: hand-made server-action requests that Next cannot decode (a non-URL Origin,
// broken multipart, an argument encoding React rejects) used to answer 500 and print Next's
// stack as if our code had failed. They must answer 400, write nothing, and log no stack; a
// well-formed request to the same action must still reach it.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { sql } from "./fixtures/access";
import { startOwnServer, type OwnServer } from "./fixtures/own-server";

const manifest = JSON.parse(
  fs.readFileSync(
    path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"),
    "utf8",
  ),
) as { node: Record<string, { exportedName?: string }> };

function actionId(name: string): string {
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action named ${name} in the build`);
  return id;
}

type Probe = { name: string; headers: Record<string, string>; data: string };

function probes(id: string, origin: string): Probe[] {
  const fetchAction = { "Next-Action": id, Origin: origin };
  const text = { ...fetchAction, "Content-Type": "text/plain;charset=UTF-8" };
  const multipart = (h: Record<string, string>) => ({
    ...h,
    "Content-Type": "multipart/form-data; boundary=XyZ",
  });
  return [
    { name: "arguments not JSON", headers: text, data: "[zxc]" },
    { name: "arguments not a list", headers: text, data: '{"a":1}' },
    { name: "a reference to a row that is not there", headers: text, data: '["$5"]' },
    { name: "an unknown reference tag", headers: text, data: '["$Zq"]' },
    { name: "a non-URL Origin", headers: { ...text, Origin: "not a url" }, data: "[]" },
    {
      name: "truncated multipart",
      headers: multipart(fetchAction),
      data: '--XyZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]',
    },
    {
      name: "multipart without the arguments row",
      headers: multipart(fetchAction),
      data: '--XyZ\r\nContent-Disposition: form-data; name="1_x"\r\n\r\ny\r\n--XyZ--\r\n',
    },
    {
      name: "truncated multipart posted without JavaScript",
      headers: multipart({ Origin: origin }),
      data: `--XyZ\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n`,
    },
  ];
}

test.describe("malformed server-action requests", () => {
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startOwnServer({});
  });
  test.afterAll(() => server?.stop());

  test("tips, track and sign-in answer 400, write nothing and log no stack", async ({ request }) => {
    const [bulletin] = await sql<{ publicId: string }>(
      `SELECT "publicId" FROM "Case" WHERE "publicId" IS NOT NULL AND "practiceSessionId" IS NULL LIMIT 1`,
    );
    const targets = [
      { page: "/es/track", action: actionId("lookUpClaim") },
      { page: "/es/login", action: actionId("signInAction") },
      { page: `/es/missing/${bulletin!.publicId}`, action: actionId("submitTipAction") },
    ];
    const [before] = await sql<{ tips: number }>(`SELECT count(*)::int AS tips FROM "Tip"`);
    const logStart = server.output().length;
    for (const { page, action } of targets) {
      for (const probe of probes(action, server.origin)) {
        const res = await request.post(server.origin + page, {
          headers: probe.headers,
          data: probe.data,
          maxRedirects: 0,
        });
        expect(res.status(), `${page}: ${probe.name}`).toBe(400);
      }
    }
    // (Checked before the requests below: on port 0 Next's own redirect prefetch logs a refused
    // connection to its default port, which has nothing to do with these requests.)
    const log = server.output().slice(logStart);
    expect(log).not.toMatch(
      /⨯|SyntaxError|Invalid URL|Unexpected end of form|Connection closed|TypeError|\n\s+at /,
    );
    expect(log).toContain("Refused a malformed server-action request");
    // Each also takes a request that sends something other than a form as the form.
    for (const { page, action } of targets) {
      const res = await request.post(server.origin + page, {
        headers: { "Next-Action": action, Origin: server.origin, "Content-Type": "text/plain;charset=UTF-8" },
        data: page.endsWith("track") ? "[null]" : '[{},"a string"]',
        maxRedirects: 0,
      });
      expect(res.status(), `${page}: not a form`).toBeLessThan(500);
    }
    // A well-formed multipart request to the same action still reaches it (a redirect back).
    const sound = await request.post(server.origin + "/es/track", {
      headers: { "Next-Action": targets[0]!.action, Origin: server.origin },
      multipart: {
        "0": '["$K1"]',
        "1_caseNumber": "BO-2026-000001",
        "1_trackingCode": "AAAA-BBBB",
        "1_locale": "es",
      },
      maxRedirects: 0,
    });
    expect(sound.status()).toBeLessThan(400);
    expect(sound.headers()["x-action-redirect"]).toContain("/es/track");

    const [after] = await sql<{ tips: number }>(`SELECT count(*)::int AS tips FROM "Tip"`);
    expect(after!.tips).toBe(before!.tips);
  });
});
