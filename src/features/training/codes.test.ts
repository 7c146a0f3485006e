import { describe, expect, it } from "vitest";
import { CASE_NUMBER_PATTERN } from "@/lib/case-number";
import {
  canonicalCertificateCode,
  deriveCertificateCode,
  generateCertificateCode,
  generatePassword,
  hashCertificateCode,
  practiceCasePrefix,
  practiceEmail,
} from "./codes";

describe("certificate codes", () => {
  it("are random, well formed and canonical", () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateCertificateCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) {
      expect(c).toMatch(/^CERT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(canonicalCertificateCode(c)).toBe(c);
    }
  });

  it("tolerate how people type them", () => {
    expect(canonicalCertificateCode(" cert 7k2m-q9xz-0ab1 ")).toBe("CERT-7K2M-Q9XZ-0AB1");
    expect(canonicalCertificateCode("7K2MQ9XZOABL")).toBe("CERT-7K2M-Q9XZ-0AB1");
  });

  it("reject anything that is not 12 code symbols", () => {
    expect(canonicalCertificateCode("CERT-7K2M-Q9XZ-0AB")).toBeNull();
    expect(canonicalCertificateCode("CERT-7K2M-Q9XZ-0ABUU")).toBeNull();
    expect(canonicalCertificateCode("")).toBeNull();
    expect(canonicalCertificateCode("UUUU-UUUU-UUUU")).toBeNull();
  });

  it("hash differently for different codes and never equal the code", () => {
    const a = hashCertificateCode("CERT-0000-0000-0000");
    expect(a).toHaveLength(64);
    expect(a).not.toBe(hashCertificateCode("CERT-0000-0000-0001"));
    expect(a).not.toContain("0000-0000");
  });
});

describe("practice accounts", () => {
  it("use reserved addresses and case numbers the case lookup accepts", () => {
    expect(practiceEmail("abc123", 4)).toBe("practice-abc123-4@practice.invalid");
    expect(`${practiceCasePrefix("bz")}-2026-000001`).toMatch(CASE_NUMBER_PATTERN);
  });

  it("get long random passwords", () => {
    const p = generatePassword();
    expect(p).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
    expect(generatePassword()).not.toBe(p);
  });
});

describe("derived certificate codes", () => {
  const at = new Date("2026-03-01T10:00:00.000Z");
  it("are the same for the same issue and differ for another issue, attendee or secret", () => {
    const code = deriveCertificateCode("s", "a", at);
    expect(canonicalCertificateCode(code)).toBe(code);
    expect(deriveCertificateCode("s", "a", new Date(at))).toBe(code);
    expect(deriveCertificateCode("s", "a", new Date(at.getTime() + 1))).not.toBe(code);
    expect(deriveCertificateCode("s", "b", at)).not.toBe(code);
    expect(deriveCertificateCode("t", "a", at)).not.toBe(code);
  });
});
