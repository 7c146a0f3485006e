import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, prepareIncomingHeaders, trustedProxyHops } from "./incoming-headers";

const forged = (): IncomingHttpHeaders => ({
  host: "localhost:3000",
  [CLIENT_IP_HEADER]: "6.6.6.6",
  "x-forwarded-for": "1.2.3.4",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  forwarded: "for=1.2.3.4;host=evil.example",
});

describe("prepareIncomingHeaders", () => {
  it("without a trusted proxy, replaces the client IP header and drops forwarding headers", () => {
    const headers = forged();
    prepareIncomingHeaders(headers, "::ffff:203.0.113.7", 0);
    expect(headers).toEqual({ host: "localhost:3000", [CLIENT_IP_HEADER]: "203.0.113.7" });
  });
  it("behind a trusted proxy, keeps X-Forwarded-* for clientIp to read from the right", () => {
    const headers = forged();
    prepareIncomingHeaders(headers, "10.0.0.2", 1);
    expect(headers[CLIENT_IP_HEADER]).toBe("10.0.0.2");
    expect(headers["x-forwarded-host"]).toBe("evil.example");
  });
});

describe("trustedProxyHops", () => {
  it("reads TRUST_PROXY as a hop count", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("0")).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops("true")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("nonsense")).toBe(0);
  });
});
