import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives typed defaults for an empty environment", () => {
    const e = parseEnv({});
    expect(e).toMatchObject({
      NODE_ENV: "development",
      DATABASE_POOL_MAX: 10,
      DATABASE_STATEMENT_TIMEOUT_MS: 5000,
      TRUST_PROXY: 0,
      RATE_LIMIT_MULTIPLIER: 1,
      LOGIN_MAX_FAILURES: 10,
      UPLOAD_DIR: "data/uploads",
      MESSAGE_RETRY_SECONDS: 30,
    });
    expect(e.DATABASE_URL).toBeUndefined();
  });

  it("reads numbers, URLs and the TRUST_PROXY shorthand; blank means unset", () => {
    const e = parseEnv({
      DATABASE_URL: "postgresql://app@db:5432/reencuentro",
      DATABASE_POOL_MAX: "4",
      TRUST_PROXY: "true",
      RATE_LIMIT_MULTIPLIER: "50",
      NEXTAUTH_URL: "https://reencuentro.example.org",
      REDIS_URL: "",
    });
    expect(e.DATABASE_POOL_MAX).toBe(4);
    expect(e.TRUST_PROXY).toBe(1);
    expect(e.RATE_LIMIT_MULTIPLIER).toBe(50);
    expect(e.REDIS_URL).toBeUndefined();
  });

  it("stops with one sentence naming each wrong variable and its value", () => {
    const bad = () =>
      parseEnv({ RATE_LIMIT_MULTIPLIER: "lots", DATABASE_URL: "mysql://x", DATABASE_LOCK_TIMEOUT_MS: "-1" });
    expect(bad).toThrow(EnvError);
    expect(bad).toThrow(
      /^The portal cannot start: .*DATABASE_URL must be a postgresql:\/\/ URL \(it is "mysql:\/\/x"\).*DATABASE_LOCK_TIMEOUT_MS must be a whole number of milliseconds.*RATE_LIMIT_MULTIPLIER must be a positive number \(it is "lots"\)\. See \.env\.example\.$/,
    );
  });
});
