import { describe, expect, it } from "vitest";
import { checkNewPassword } from "@/server/password-rules";

const email = "rosa.mamani@demo.test";

describe("checkNewPassword", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(checkNewPassword("correct horse battery staple", email)).toBeNull();
    expect(checkNewPassword("Lluvia sobre el Illimani 7", email)).toBeNull();
  });
  it("needs at least 12 characters", () => {
    expect(checkNewPassword("Xk9#mQ2!pL4", email)).toBe("auth:password.tooShort");
    expect(checkNewPassword("Xk9#mQ2!pL4z", email)).toBeNull();
  });
  it("refuses absurdly long passwords", () => {
    expect(checkNewPassword("x".repeat(300), email)).toBe("auth:password.tooLong");
  });
  it("refuses common passwords, also with digits or symbols around them", () => {
    for (const p of [
      "password1234",
      "qwertyuiop123",
      "Bolivia2026!!",
      "maria1234567",
      "P@ssw0rd2026",
      "123456789012",
      "contraseña123",
      "teamomucho!!",
    ]) {
      expect(checkNewPassword(p, email), p).toBe("auth:password.common");
    }
  });
  it("refuses repeated patterns", () => {
    expect(checkNewPassword("abcabcabcabc", email)).toBe("auth:password.common");
    expect(checkNewPassword("aaaaaaaaaaaaaaaa", email)).toBe("auth:password.common");
  });
  it("refuses passwords containing the email's local part or a word of it", () => {
    expect(checkNewPassword("xyz rosa.mamani 2026", email)).toBe("auth:password.containsEmail");
    expect(checkNewPassword("Mamani-Quispe-tiene-9", email)).toBe("auth:password.containsEmail");
  });
});
