import { describe, expect, it } from "vitest";
import { wordVariants } from "./name-variants";

describe("wordVariants", () => {
  it.each([
    ["jhon", "john"],
    ["perz", "perez"],
    ["ruh", "ruth"],
    ["gonzales", "gonzalez"],
    ["vasquez", "vazquez"],
    ["yoselin", "joselin"],
    ["villanueba", "villanueva"],
    ["ernandez", "hernandez"],
    ["guiliana", "giuliana"],
    ["cristina", "kristina"],
  ])("%s reaches %s", (typed, meant) => {
    expect(wordVariants(typed)).toContain(meant);
  });

  it("leaves out the word itself and very short words", () => {
    expect(wordVariants("maria")).not.toContain("maria");
    expect(wordVariants("li")).toEqual([]);
  });

  it("stays small enough to send as one query parameter", () => {
    expect(wordVariants("villalobos").length).toBeLessThan(700);
  });
});
