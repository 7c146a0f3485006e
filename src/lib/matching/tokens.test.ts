import { describe, expect, it } from "vitest";
import { isNickname, nicknameKeys } from "./nicknames";
import { editDistance, wordSimilarity } from "./text";
import { clothingTokens, markTokensFromMarks, markTokensFromText } from "./tokens";

describe("mark tokens", () => {
  it("reads the same concepts from Spanish, English, French and Portuguese text", () => {
    const es = markTokensFromText("Cicatriz en la mejilla derecha");
    expect(markTokensFromText("scar on right cheek")).toEqual(es);
    expect(markTokensFromText("cicatrice joue droite")).toEqual(es);
    expect(markTokensFromText("cicatriz na bochecha direita")).toEqual(es);
    expect(es).toContain("scar@cheek");
    expect(es).toContain("part:cheek:right");
  });

  it("keeps separate marks apart (the side of one mark is not given to another)", () => {
    const t = markTokensFromText("tatuaje en el brazo izquierdo; lunar en la espalda");
    expect(t).toContain("part:arm:left");
    expect(t).not.toContain("part:back:left");
    expect(t).toContain("birthmark@back");
  });

  it("reads two-word forms and structured marks", () => {
    expect(markTokensFromText("tatouage avant-bras gauche")).toContain("tattoo@forearm");
    expect(markTokensFromMarks([{ kind: "TATTOO", location: "LEFT_FOREARM", description: "rosa" }])).toEqual(
      markTokensFromText("tatuaje de una rosa en el antebrazo izquierdo"),
    );
  });

  it("maps clothing words across languages", () => {
    expect(clothingTokens("Chompa roja y pollera azul")).toEqual(clothingTokens("red sweater, blue skirt"));
  });
});

describe("nicknames and word distance", () => {
  it("knows the common nicknames both ways", () => {
    expect(isNickname("naye", "nayeli")).toBe(true);
    expect(isNickname("pancho", "francisco")).toBe(true);
    expect(isNickname("lupe", "guadalupe")).toBe(true);
    expect(isNickname("pancho", "guadalupe")).toBe(false);
    expect(nicknameKeys("fran")).toEqual(["francisco", "francisca"]);
  });

  it("counts an adjacent swap as one slip and agrees with pg_trgm on whole words", () => {
    expect(editDistance("jhon", "john")).toBe(1);
    expect(editDistance("quispe", "kispe")).toBe(2);
    expect(editDistance("mamani", "mamani")).toBe(0);
    // Values PostgreSQL's pg_trgm gives: similarity('mamani','mamany'), similarity('naye','nayeli').
    expect(wordSimilarity("mamani", "mamany")).toBeCloseTo(5 / 9, 5);
    expect(wordSimilarity("naye", "nayeli")).toBeCloseTo(0.5, 5);
  });
});
