import { describe, expect, it } from "vitest";
import { buildCascadeTree, descendantIds, flattenCascade, summarizeGenerations } from "./cascade-tree";

const s = (id: string, parent: string | null, day: number) => ({
  id,
  parentSessionId: parent,
  startDate: new Date(Date.UTC(2026, 0, day)),
  title: id,
});

describe("buildCascadeTree", () => {
  it("nests three generations in date order", () => {
    const roots = buildCascadeTree([
      s("w2", "t1", 20),
      s("t1", null, 1),
      s("w1", "t1", 10),
      s("r1", "w1", 30),
      s("other", null, 5),
    ]);
    expect(roots.map((r) => r.id)).toEqual(["t1", "other"]);
    expect(roots[0]!.children.map((c) => [c.id, c.generation])).toEqual([
      ["w1", 1],
      ["w2", 1],
    ]);
    expect(roots[0]!.children[0]!.children.map((c) => [c.id, c.generation])).toEqual([["r1", 2]]);
    expect(summarizeGenerations(roots)).toEqual([
      { generation: 0, sessions: 2 },
      { generation: 1, sessions: 2 },
      { generation: 2, sessions: 1 },
    ]);
  });

  it("treats a parent that is not visible as a root", () => {
    const roots = buildCascadeTree([s("a", "elsewhere", 1), s("b", "a", 2)]);
    expect(roots.map((r) => [r.id, r.generation])).toEqual([["a", 0]]);
    expect(roots[0]!.children[0]!.generation).toBe(1);
  });

  it("places every session exactly once even when the data has a cycle", () => {
    const roots = buildCascadeTree([s("a", "c", 1), s("b", "a", 2), s("c", "b", 3), s("d", "d", 4)]);
    const all = flattenCascade(roots).map((n) => n.id);
    expect(all.sort()).toEqual(["a", "b", "c", "d"]);
    expect(roots.map((r) => r.id)).toEqual(["a", "d"]);
  });
});

describe("descendantIds", () => {
  it("collects the session and everything below it", () => {
    const list = [s("t1", null, 1), s("w1", "t1", 2), s("r1", "w1", 3), s("x", null, 4)];
    expect([...descendantIds(list, "t1")].sort()).toEqual(["r1", "t1", "w1"]);
  });
});
