import { describe, expect, it } from "vitest";
import { inboundSignature, isInboundSignatureValid, signatureAlgorithm } from "./inbound-signature";

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
// The same string under HMAC-SHA256 (a Webhooks Rule's SharedKey "12345"), computed with
// `openssl dgst -sha256 -hmac 12345 -binary | base64`.
const VECTOR_SHA256 = "/Px0ZZziCxf9Zt7wehmYS+fbCh+oLQi2VrfCqcV1vPM=";

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

  it("the HMAC-SHA256 variant signs the same string; the settings header picks the algorithm", () => {
    expect(inboundSignature("12345", url, params, "sha256")).toBe(VECTOR_SHA256);
    expect(isInboundSignatureValid("12345", url, params, VECTOR_SHA256, "sha256")).toBe(true);
    expect(isInboundSignatureValid("12345", url, params, VECTOR_SHA256, "sha1")).toBe(false);
    expect(isInboundSignatureValid("12345", url, params, VECTOR, "sha256")).toBe(false);
    expect(signatureAlgorithm(null)).toBe("sha1");
    expect(signatureAlgorithm("key=WS123,algorithm=HMAC_SHA256")).toBe("sha256");
    expect(signatureAlgorithm(" algorithm=hmac_sha256 , key=WS123")).toBe("sha256");
    expect(signatureAlgorithm("key=WS123,algorithm=HMAC_SHA1")).toBe("sha1");
    expect(signatureAlgorithm("key=WS123,algorithm=HMAC_MD5")).toBeNull();
    expect(signatureAlgorithm("key=WS123")).toBeNull();
  });
});
