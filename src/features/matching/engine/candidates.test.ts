import { describe, expect, it } from "vitest";
import { exactKeys } from "./candidates";

describe("exactKeys (the dictionary words a candidate may share)", () => {
  it("adds every form of a nickname group, both ways", () => {
    expect(exactKeys(["naye"])).toEqual(expect.arrayContaining(["naye", "nayeli", "nayi"]));
    expect(exactKeys(["nayeli"])).toEqual(expect.arrayContaining(["naye", "nayi"]));
    expect(exactKeys(["pancho"])).toContain("francisco");
  });
  it("adds one-slip variants and prefixes of long words, not of short ones", () => {
    const keys = exactKeys(["quispe"]);
    expect(keys).toEqual(expect.arrayContaining(["quipe", "kispe", "quis", "quisp"]));
    expect(keys).not.toContain("qui");
    expect(exactKeys(["li"])).toEqual(["li"]);
  });
});
