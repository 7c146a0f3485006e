import { describe, expect, it } from "vitest";
import { inboundSignature, isInboundSignatureValid } from "./inbound-signature";

// The vector was computed outside this code (Python's hmac over the documented string), so the
// test checks the scheme, not our own implementation against itself.
const url = "https://mycompany.com/myapp.php?foo=1&bar=2";
const params = new URLSearchParams({
  To: "+18005551212",
  From: "+14158675310",
  Digits: "1234",
  CallSid: "CA1234567890ABCDE",
  Caller: "+14158675310",
});
const VECTOR = "GvWf1cFY/Q7PnoempGyD5oXAezc=";

describe("inbound SMS signature", () => {
  it("matches the documented scheme (params sorted by name, whatever order they came in)", () => {
    expect(inboundSignature("12345", url, params)).toBe(VECTOR);
    expect(isInboundSignatureValid("12345", url, params, VECTOR)).toBe(true);
  });

  it("refuses another token, another URL, a changed parameter and a missing header", () => {
    expect(isInboundSignatureValid("54321", url, params, VECTOR)).toBe(false);
    expect(isInboundSignatureValid("12345", "https://mycompany.com/other", params, VECTOR)).toBe(false);
    const changed = new URLSearchParams(params);
    changed.set("From", "+14158675311");
    expect(isInboundSignatureValid("12345", url, changed, VECTOR)).toBe(false);
    expect(isInboundSignatureValid("12345", url, params, null)).toBe(false);
    expect(isInboundSignatureValid("12345", url, params, "short")).toBe(false);
  });
});
