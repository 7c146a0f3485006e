// The cascade: a session's parent is the session where its trainers were trained. Roots
// (generation 0) are sessions without a visible parent. Pure, so it is unit tested alone.

export interface CascadeSession {
  id: string;
  parentSessionId: string | null;
  startDate: Date;
  title: string;
}

export type CascadeNode<S extends CascadeSession> = S & {
  generation: number;
  children: CascadeNode<S>[];
};

export interface GenerationSummary {
  generation: number;
  sessions: number;
}

const byDate = (a: CascadeSession, b: CascadeSession) =>
  a.startDate.getTime() - b.startDate.getTime() || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/**
 * Builds the forest. A parent outside the given list (another country, deleted) makes the
 * session a root. The database cannot stop a cycle being written by two concurrent edits, so
 * cycles are broken here: each session appears exactly once, whatever the data.
 */
export function buildCascadeTree<S extends CascadeSession>(sessions: readonly S[]): CascadeNode<S>[] {
  const ids = new Set(sessions.map((s) => s.id));
  const childrenOf = new Map<string, S[]>();
  for (const s of sessions) {
    if (s.parentSessionId && ids.has(s.parentSessionId) && s.parentSessionId !== s.id) {
      const list = childrenOf.get(s.parentSessionId) ?? [];
      list.push(s);
      childrenOf.set(s.parentSessionId, list);
    }
  }
  const placed = new Set<string>();
  const grow = (s: S, generation: number): CascadeNode<S> => {
    placed.add(s.id);
    const kids = (childrenOf.get(s.id) ?? []).filter((c) => !placed.has(c.id)).sort(byDate);
    const node: CascadeNode<S> = { ...s, generation, children: [] };
    for (const k of kids) if (!placed.has(k.id)) node.children.push(grow(k, generation + 1));
    return node;
  };
  const sorted = [...sessions].sort(byDate);
  const roots = sorted
    .filter((s) => !s.parentSessionId || !ids.has(s.parentSessionId) || s.parentSessionId === s.id)
    .map((s) => grow(s, 0));
  // Whatever is left sits on a cycle: start a tree at its earliest session.
  for (const s of sorted) if (!placed.has(s.id)) roots.push(grow(s, 0));
  return roots.sort(byDate);
}

/** Depth-first list of every node, for tables and totals. */
export function flattenCascade<S extends CascadeSession>(roots: readonly CascadeNode<S>[]): CascadeNode<S>[] {
  return roots.flatMap((r) => [r, ...flattenCascade(r.children)]);
}

export function summarizeGenerations<S extends CascadeSession>(
  roots: readonly CascadeNode<S>[],
): GenerationSummary[] {
  const counts: number[] = [];
  for (const n of flattenCascade(roots)) counts[n.generation] = (counts[n.generation] ?? 0) + 1;
  return counts.map((sessions, generation) => ({ generation, sessions: sessions ?? 0 }));
}

/** Ids of a session and every session below it: it cannot take any of them as its parent. */
export function descendantIds(sessions: readonly CascadeSession[], rootId: string): Set<string> {
  const out = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of sessions) {
      if (s.parentSessionId && out.has(s.parentSessionId) && !out.has(s.id)) {
        out.add(s.id);
        grew = true;
      }
    }
  }
  return out;
}
