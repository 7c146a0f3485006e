// The one long form (no JavaScript) posts fields named by their claim path ("person.givenNames").
// This turns them into the nested claim the schema parses, and into flat values to render the
// form again with what the family typed when something needs fixing.
import { emptyClaimValues } from "./components/form-values";

export type PlainValues = Record<string, string | string[] | boolean>;

const LISTS = new Set(["person.languages", "lastSeen.riskIndicators"]);

/** Every field path of the claim form, from its empty values (the single source of the shape). */
const PARTS = (() => {
  const empty = emptyClaimValues("es");
  return (["person", "lastSeen", "reporter", "consent"] as const).map((part) => ({
    part,
    fields: Object.entries(empty[part]).map(([key, v]) => ({
      key,
      kind: typeof v === "boolean" ? "flag" : "text",
    })),
  }));
})();

export function claimFromForm(form: FormData): { claim: Record<string, unknown>; values: PlainValues } {
  const values: PlainValues = {};
  const claim: Record<string, unknown> = { submissionId: String(form.get("submissionId") ?? "") };
  for (const { part, fields } of PARTS) {
    const section: Record<string, unknown> = {};
    for (const { key, kind } of fields) {
      const path = `${part}.${key}`;
      let value: string | string[] | boolean;
      if (LISTS.has(path)) value = form.getAll(path).map(String);
      else if (kind === "flag") value = form.get(path) === "on";
      else value = typeof form.get(path) === "string" ? String(form.get(path)) : "";
      section[key] = value;
      values[path] = value;
    }
    claim[part] = section;
  }
  return { claim, values };
}

/** Chosen files: an empty file input still sends one nameless, empty file. */
export function photosFromForm(form: FormData): File[] {
  return form.getAll("photos").filter((f): f is File => typeof f !== "string" && f.size > 0);
}
