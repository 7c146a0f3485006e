import { describe, expect, it } from "vitest";
import {
  compareBuild,
  compareEyes,
  compareHair,
  compareSkin,
  readBuild,
  readEyes,
  readHair,
  readSkin,
} from "./description";

describe("reading the description across languages", () => {
  it.each([
    ["negro, lacio, largo", "black", "straight"],
    ["black, straight, long", "black", "straight"],
    ["cabelo preto, liso", "black", "straight"],
    ["cheveux noirs, raides", "black", "straight"],
    ["castaño oscuro, ondulado", "brown", "wavy"],
    ["dark brown, wavy", "brown", "wavy"],
    ["châtains, frisés", "brown", "curly"],
    ["canoso, corto", "grey", null],
  ])("hair %s", (text, colour, texture) => {
    expect(readHair(text)).toMatchObject({ colour, texture, altered: false });
  });

  it("marks dyed and shaved hair as altered", () => {
    expect(readHair("teñido de rojo")).toEqual({ colour: "red", altered: true, texture: null });
    expect(readHair("dyed blonde")).toEqual({ colour: "blonde", altered: true, texture: null });
    expect(readHair("rapado")).toEqual({ colour: null, altered: true, texture: null });
    expect(readHair("largo")).toBeNull();
  });

  it.each([
    ["ojos cafés", "brown"],
    ["café oscuro", "brown"],
    ["brown eyes", "brown"],
    ["olhos castanhos", "brown"],
    ["yeux marron", "brown"],
    ["negros", "brown"],
    ["miel", "hazel"],
    ["verdes", "green"],
    ["bleus", "blue"],
  ])("eyes %s", (text, concept) => {
    expect(readEyes(text)).toBe(concept);
  });

  it("reads build and skin, and not one for the other", () => {
    expect(readBuild("delgada")).toBe("slim");
    expect(readBuild("stocky")).toBe("heavy");
    expect(readBuild("moyenne")).toBe("medium");
    expect(readBuild("morena")).toBeNull();
    expect(readSkin("morena, delgada")).toBe("dark");
    expect(readSkin("trigueña")).toBe("medium");
    expect(readSkin("delgada")).toBeNull();
  });
});

describe("comparing the description", () => {
  const hair = (t: string) => readHair(t);

  it("counts a rare shared eye colour far above a common one, and a different one against", () => {
    expect(compareEyes("green", "green").fraction).toBe(1);
    expect(compareEyes("brown", "brown").fraction).toBeLessThan(0.5);
    expect(compareEyes("brown", "hazel")).toEqual({ fraction: 0, reason: "close" });
    expect(compareEyes("brown", "blue").fraction).toBeLessThan(0);
    expect(compareEyes(null, "blue").reason).toBe("unknown");
  });

  it("costs little for a different hair colour, nothing for dyed or greying hair", () => {
    const different = compareHair(hair("black"), hair("blonde"));
    expect(different.reason).toBe("different");
    expect(different.fraction).toBeLessThan(0);
    expect(different.fraction).toBeGreaterThan(compareEyes("brown", "blue").fraction);
    expect(compareHair(hair("teñido de rojo"), hair("black")).fraction).toBe(0);
    expect(compareHair(hair("negro"), hair("canoso")).reason).toBe("close");
    expect(compareHair(hair("negro"), hair("castaño oscuro")).reason).toBe("close");
    expect(compareHair(hair("pelirroja"), hair("red")).fraction).toBeGreaterThan(
      compareHair(hair("negro"), hair("black")).fraction,
    );
    expect(compareHair(hair("negro, rizado"), hair("black, curly")).fraction).toBeGreaterThan(
      compareHair(hair("negro"), hair("black")).fraction,
    );
  });

  it("scores build and skin by how far apart they are", () => {
    expect(compareBuild("slim", "slim").fraction).toBe(1);
    expect(compareBuild("slim", "medium").reason).toBe("close");
    expect(compareBuild("slim", "heavy").fraction).toBeLessThan(0);
    expect(compareSkin("light", "dark").fraction).toBeLessThan(0);
    expect(compareSkin("medium", "dark").reason).toBe("close");
  });
});
