// The line written for an error Next caught itself (onRequestError) is what support greps for
// the reference a user reads off the error page: it must carry that digest and the request id,
// and nothing of the request's address, cookies or the error's echoed values.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useLogDestination } from "./logger";
import { reportRequestError } from "./request-errors";
import { requestContext } from "./request-context";

const lines: string[] = [];

beforeEach(() => {
  lines.length = 0;
  useLogDestination({ write: (line: string) => void lines.push(line) });
});
afterEach(() => useLogDestination());

// Shaped like what Next 16 passes: the request's path (with its query) and headers.
const nextRequest = {
  path: "/es/track/AB12CD?code=wilfreda.condori%40example.org&phone=76543210",
  method: "GET",
  headers: { cookie: "next-auth.session-token=secret-session", "user-agent": "test" },
};
const context = {
  routerKind: "App Router",
  routePath: "/[locale]/track/[number]",
  routeType: "render",
  renderSource: "react-server-components",
};

function crash(): Error & { digest?: string } {
  const err: Error & { digest?: string } = new Error(
    `Cannot read "Wilfreda Mamani" for wilfreda.condori@example.org at +591 7654 3210`,
  );
  err.digest = "2817465093";
  return err;
}

describe("reportRequestError", () => {
  it("logs one JSON line with the page's digest, the request id, the route pattern and method", () => {
    requestContext.run({ requestId: "a1b2c3d4" }, () => reportRequestError(crash(), nextRequest, context));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      msg: "unexpected error",
      digest: "2817465093",
      requestId: "a1b2c3d4",
      reference: "a1b2c3d4",
      where: "/[locale]/track/[number]",
      kind: "render",
      method: "GET",
    });
  });

  it("keeps the path, its query, the cookies and the error's echoed values out", () => {
    requestContext.run({ requestId: "a1b2c3d4" }, () => reportRequestError(crash(), nextRequest, context));
    const line = lines[0]!;
    for (const leak of [
      "AB12CD",
      "code=",
      "phone=",
      "76543210",
      "secret-session",
      "Wilfreda",
      "example.org",
      "7654",
    ])
      expect(line, leak).not.toContain(leak);
  });

  it("still logs the digest outside a request context (no request id to give)", () => {
    reportRequestError(crash(), nextRequest, context);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line.digest).toBe("2817465093");
    expect(line).not.toHaveProperty("requestId");
  });
});
