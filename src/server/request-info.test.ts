import { afterEach, describe, expect, it } from "vitest";
import { clientIp, hashIp, isSameOrigin } from "./request-info";

const h = (init: Record<string, string>) => new Headers(init);

afterEach(() => {
  delete process.env.TRUST_PROXY;
  delete process.env.NEXTAUTH_URL;
});

describe("clientIp", () => {
  it("without a proxy, uses the socket address our server passed, never the client's header", () => {
    expect(clientIp(h({ "x-reencuentro-client-ip": "127.0.0.1", "x-forwarded-for": "6.6.6.6" }))).toBe(
      "127.0.0.1",
    );
    expect(clientIp(h({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
    expect(clientIp(h({}))).toBe("unknown");
  });
  it("behind one trusted proxy, takes the entry the proxy appended, not the client's", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientIp(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
  });
  it("behind two proxies, the second entry from the right", () => {
    process.env.TRUST_PROXY = "2";
    expect(clientIp(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
  });
  it("ignores X-Real-IP, which any client can send", () => {
    expect(clientIp(h({ "x-real-ip": "1.2.3.4", "x-reencuentro-client-ip": "127.0.0.1" }))).toBe("127.0.0.1");
  });
});

describe("hashIp", () => {
  it("is stable and does not contain the address", () => {
    expect(hashIp("203.0.113.9")).toBe(hashIp("203.0.113.9"));
    expect(hashIp("203.0.113.9")).not.toContain("203");
  });
});

describe("isSameOrigin", () => {
  it("accepts our own host and the public URL", () => {
    expect(isSameOrigin(h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    process.env.NEXTAUTH_URL = "https://reencuentro.example.org";
    expect(isSameOrigin(h({ origin: "https://reencuentro.example.org", host: "10.0.0.5:3000" }))).toBe(true);
  });
  it("refuses a missing, foreign or malformed Origin", () => {
    expect(isSameOrigin(h({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
  it("trusts X-Forwarded-Host only behind a trusted proxy", () => {
    const headers = h({
      origin: "https://evil.example",
      host: "localhost:3000",
      "x-forwarded-host": "evil.example",
    });
    expect(isSameOrigin(headers)).toBe(false);
    process.env.TRUST_PROXY = "1";
    expect(
      isSameOrigin(
        h({ origin: "https://portal.example", host: "10.0.0.5", "x-forwarded-host": "portal.example" }),
      ),
    ).toBe(true);
  });
});
