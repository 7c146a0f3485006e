import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./settings";

describe("negotiateLocale", () => {
  it.each([
    [null, "es"],
    ["", "es"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,qu;q=0.5", "qu"],
    ["fr-HT;q=0.2, ht;q=0.9", "ht"],
    ["gn-PY", "gn"],
    ["en;q=0, pt-BR;q=0.5", "pt"],
    ["*", "es"],
    ["zz,,;q=abc", "es"],
  ])("%s -> %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
