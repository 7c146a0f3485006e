import "server-only";
import type { TFunction } from "i18next";
import type { Viewer } from "@/server/viewer";
import { flattenCascade } from "./cascade-tree";
import { getCascade, getCoverage } from "./coverage-data";
import { toCsv } from "@/lib/csv";
import { isoDay } from "./format";
import type { Gain } from "./knowledge-check";

// The knowledge check in two columns: the mean score before and after, in percent (blank: none).
const gainCells = (g: Gain | null) => (g ? [g.before, g.after, g.gain, g.people] : ["", "", "", ""]);

const gainHeaders = (t: TFunction) => [
  t("training:csv.knowledgeBefore"),
  t("training:csv.knowledgeAfter"),
  t("training:csv.knowledgeGain"),
  t("training:csv.knowledgePeople"),
];

export type ExportKind = "regions" | "sessions";

/** The coverage dashboard as CSV: trained per region against targets, or the sessions of the cascade. */
export async function exportCoverageCsv(viewer: Viewer, countryCode: string, kind: ExportKind, t: TFunction) {
  if (kind === "regions") {
    const c = await getCoverage(viewer, countryCode);
    const pct = (n: number, target: number | null) => (target ? Math.round((n / target) * 100) : "");
    return toCsv([
      [
        t("training:coverage.region"),
        t("training:csv.code"),
        t("training:coverage.trained"),
        t("training:csv.target"),
        "%",
        ...gainHeaders(t),
      ],
      ...c.regions.map((r) => [
        r.name,
        r.code,
        r.trained,
        r.target ?? "",
        pct(r.trained, r.target),
        ...gainCells(r.gain),
      ]),
      ...(c.unassigned
        ? [[t("training:coverage.unassigned"), "", c.unassigned, "", "", ...gainCells(null)]]
        : []),
      [
        t("training:coverage.total"),
        countryCode,
        c.total,
        c.target ?? "",
        pct(c.total, c.target),
        ...gainCells(c.gain),
      ],
    ]);
  }
  const nodes = flattenCascade(await getCascade(viewer, countryCode));
  const titleOf = new Map(nodes.map((n) => [n.id, n.title]));
  return toCsv([
    [
      t("training:csv.generation"),
      t("training:session.title"),
      t("training:session.kind"),
      t("training:session.startDate"),
      t("training:session.region"),
      t("training:session.trainers"),
      t("training:session.parent"),
      t("training:csv.completed"),
      t("training:csv.promoted"),
      ...gainHeaders(t),
    ],
    ...nodes.map((n) => [
      n.generation,
      n.title,
      t(`training:kinds.${n.kind}`),
      isoDay(n.startDate),
      n.regionName ?? "",
      n.trainerNames.join("; "),
      n.parentSessionId ? (titleOf.get(n.parentSessionId) ?? "") : "",
      n.completed,
      n.promoted,
      ...gainCells(n.gain),
    ]),
  ]);
}
