import { describe, expect, it } from "vitest";
import { isGsm7, splitSms } from "./segments";

describe("SMS segments", () => {
  it.each([
    ["Hola, hay novedades sobre su reporte BO-2026-000123.", true],
    ["¡Señor! ¿Qué? äöü Ñ", true],
    ["¿Dónde está?", false], // ó and á are not GSM-7 (é, è, à, ù, ì, ò are)
    ["precio 5€ [nota]", true],
    ["Ñande rógape oñemoĩ", false], // Guarani ĩ is outside GSM-7
    ["Kunan p'unchaw ñan", true],
    ["ã", false], // Portuguese ã is not in GSM-7
    ["hola 🙂", false],
  ])("GSM-7 detection %j -> %s", (text, gsm) => {
    expect(isGsm7(text)).toBe(gsm);
  });

  it.each([
    // text, encoding, number of parts
    ["a".repeat(160), "GSM-7", 1],
    ["a".repeat(161), "GSM-7", 2],
    ["a".repeat(306), "GSM-7", 2],
    ["a".repeat(307), "GSM-7", 3],
    ["€".repeat(80), "GSM-7", 1], // 160 septets
    ["€".repeat(81), "GSM-7", 2],
    ["ã".repeat(70), "UCS-2", 1],
    ["ã".repeat(71), "UCS-2", 2],
    ["ã".repeat(134), "UCS-2", 2],
    ["ã".repeat(135), "UCS-2", 3],
    ["", "GSM-7", 0],
  ])("length of %#", (text, encoding, count) => {
    const s = splitSms(text);
    expect(s.encoding).toBe(encoding);
    expect(s.parts).toHaveLength(count);
    expect(s.parts.join("")).toBe(text);
  });

  it("never splits an escape from its extension character", () => {
    const s = splitSms("a".repeat(152) + "€" + "b".repeat(10));
    expect(s.parts[0]).toBe("a".repeat(152));
    expect(s.parts[1]!.startsWith("€")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const s = splitSms("ã".repeat(66) + "🙂" + "x".repeat(10));
    expect(s.parts[0]).toBe("ã".repeat(66));
    expect(s.parts[1]!.startsWith("🙂")).toBe(true);
  });
});
