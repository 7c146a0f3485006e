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

  it("takes the S3 photo storage only with a bucket and both credentials or none", () => {
    expect(parseEnv({}).STORAGE_DRIVER).toBe("local");
    const e = parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "photos", S3_ENDPOINT: "https://s3.example.org" });
    expect(e).toMatchObject({
      STORAGE_DRIVER: "s3",
      S3_REGION: "us-east-1",
      S3_SSE: "AES256",
      S3_PREFIX: "",
    });
    expect(() => parseEnv({ STORAGE_DRIVER: "s3" })).toThrow(
      /S3_BUCKET must be set when STORAGE_DRIVER is s3 \(it is unset\)/,
    );
    // The message names the missing half, never the secret that was given.
    expect(() =>
      parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_SECRET_ACCESS_KEY: "hush-hush" }),
    ).toThrow(/^(?!.*hush-hush).*S3_ACCESS_KEY_ID must be set together with the other S3 credential/);
    expect(() => parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_SSE: "on" })).toThrow(
      /S3_SSE must be AES256, aws:kms or off \(it is "on"\)/,
    );
    expect(() => parseEnv({ STORAGE_DRIVER: "bucket" })).toThrow(/STORAGE_DRIVER must be local or s3/);
  });

  it("in production, SMS replies need the public address or a trusted proxy to check signatures", () => {
    const sms = { NODE_ENV: "production", SMS_AUTH_TOKEN: "t", NEXTAUTH_SECRET: "s" };
    expect(() => parseEnv(sms)).toThrow(
      /PUBLIC_URL or NEXTAUTH_URL must be set, or TRUST_PROXY behind a proxy, when SMS_AUTH_TOKEN is/,
    );
    expect(() => parseEnv({ ...sms, PUBLIC_URL: "https://reencuentro.example.org" })).not.toThrow();
    expect(() => parseEnv({ ...sms, NEXTAUTH_URL: "https://reencuentro.example.org" })).not.toThrow();
    expect(() => parseEnv({ ...sms, TRUST_PROXY: "1" })).not.toThrow();
    // Outside production (tests, a laptop) the request's own URL is what the vendor called.
    expect(() => parseEnv({ SMS_AUTH_TOKEN: "t" })).not.toThrow();
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
  });
});
