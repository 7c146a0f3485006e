import { describe, expect, it } from "vitest";
import { fitWithin } from "./photo-size";

describe("fitWithin", () => {
  it("shrinks a landscape phone photo so its long side is 1600 px", () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
  });

  it("shrinks a portrait photo by its height", () => {
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
  });

  it("never enlarges a photo already small enough", () => {
    expect(fitWithin(900, 600)).toEqual({ width: 900, height: 600 });
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 });
  });

  it("keeps a very thin panorama at least one pixel high", () => {
    expect(fitWithin(100_000, 10)).toEqual({ width: 1600, height: 1 });
  });

  it("answers zero for a size that is not a picture", () => {
    expect(fitWithin(0, 300)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(Number.NaN, 300)).toEqual({ width: 0, height: 0 });
  });

  it("takes another limit", () => {
    expect(fitWithin(640, 480, 320)).toEqual({ width: 320, height: 240 });
  });
});
