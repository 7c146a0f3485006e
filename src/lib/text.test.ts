import { describe, expect, it } from "vitest";
import { hasLoneSurrogate, normalizeTextInput } from "./text";

describe("normalizeTextInput", () => {
  it("drops zero-width and bidi characters, composes accents and trims", () => {
    expect(normalizeTextInput("\uFEFF Ma\u200Bri\u0301a\u200F ")).toBe("María");
    expect(normalizeTextInput("\u202EJuan\u202C \u2066Pérez\u2069")).toBe("Juan Pérez");
    expect(normalizeTextInput("Ana\u00ADLuz\u2060")).toBe("AnaLuz");
  });
  it("leaves ordinary text, emoji and other scripts alone", () => {
    expect(normalizeTextInput("Ñusta Quispe 👍 日本")).toBe("Ñusta Quispe 👍 日本");
  });
});

describe("hasLoneSurrogate", () => {
  it("finds unpaired halves only", () => {
    expect(hasLoneSurrogate("ab\uD800")).toBe(true);
    expect(hasLoneSurrogate("\uDC00ab")).toBe(true);
    expect(hasLoneSurrogate("a\uD83D\uDC4Db")).toBe(false);
  });
});
