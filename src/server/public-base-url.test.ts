import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvError, publicBaseUrl, requestBaseUrl } from "./env";

// Links in training material (QR codes, printed login links) and mail leave the page: they must
// name the portal's public address, never "localhost" on a server that was simply not told it.
const request = (h: Record<string, string>) => new Headers(h);

function unconfigured(nodeEnv: string, trustProxy = "") {
  vi.stubEnv("PUBLIC_URL", "");
  vi.stubEnv("NEXTAUTH_URL", "");
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.stubEnv("TRUST_PROXY", trustProxy);
}

afterEach(() => vi.unstubAllEnvs());

describe("publicBaseUrl", () => {
  it("prefers PUBLIC_URL, then NEXTAUTH_URL, over the request, without a trailing slash", () => {
    unconfigured("production");
    vi.stubEnv("NEXTAUTH_URL", "https://auth.example.org/");
    expect(publicBaseUrl(request({ host: "10.0.0.5:3000" }))).toBe("https://auth.example.org");
    vi.stubEnv("PUBLIC_URL", "https://reencuentro.example.org/");
    expect(publicBaseUrl()).toBe("https://reencuentro.example.org");
  });

  it("derives the address from the request's Host when nothing is configured", () => {
    unconfigured("production");
    expect(publicBaseUrl(request({ host: "portal.police.bz:8080" }))).toBe("http://portal.police.bz:8080");
  });

  it("believes X-Forwarded-Host and -Proto only behind a trusted proxy", () => {
    const h = request({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "reencuentro.gov.bz, inner",
      "x-forwarded-proto": "https",
    });
    unconfigured("production");
    expect(publicBaseUrl(h)).toBe("http://10.0.0.5:3000");
    unconfigured("production", "1");
    expect(publicBaseUrl(h)).toBe("https://reencuentro.gov.bz");
  });

  it("refuses in production, with a message naming the setting, when there is no request or no usable host", () => {
    unconfigured("production");
    expect(() => publicBaseUrl()).toThrow(EnvError);
    expect(() => publicBaseUrl()).toThrow(/PUBLIC_URL/);
    expect(() => publicBaseUrl(request({}))).toThrow(EnvError);
    expect(() => publicBaseUrl(request({ host: "evil.example/<script>" }))).toThrow(EnvError);
  });

  it("falls back to localhost only outside production", () => {
    unconfigured("development");
    expect(publicBaseUrl()).toBe("http://localhost");
    unconfigured("test");
    expect(publicBaseUrl(request({ host: "127.0.0.1:3106" }))).toBe("http://127.0.0.1:3106");
  });
});

describe("requestBaseUrl", () => {
  it("accepts bracketed IPv6 hosts and lower-cases names", () => {
    expect(requestBaseUrl(request({ host: "[::1]:3000" }), false)).toBe("http://[::1]:3000");
    expect(requestBaseUrl(request({ host: "Portal.Example.ORG" }), false)).toBe("http://portal.example.org");
  });
});
