// Reads PFIF 1.1-1.4 documents safely. The XML comes from outside (partners, an admin upload), so:
// no DTD at all (PFIF needs none; refusing DOCTYPE rules out external entities and "billion
// laughs" expansion before any parsing), a size cap, a nesting cap, and only the standard XML
// entities. fast-xml-parser never reads files or the network; the DOCTYPE refusal is the belt
// to its braces. Each record keeps the line it started on, for the per-record import report.
import { XMLParser } from "fast-xml-parser";
import {
  LEGACY_NOTE_FIELDS,
  LEGACY_PERSON_FIELDS,
  NOTE_FIELDS_14,
  PERSON_FIELDS_14,
  versionOfNamespace,
  type NoteField,
  type PersonField,
  type PfifNote,
  type PfifPerson,
  type PfifVersion,
} from "./fields";

import { MAX_PFIF_BYTES } from "./formats";

export { MAX_PFIF_BYTES };

export class PfifDocumentError extends Error {
  constructor(
    /** "tooLarge" | "doctype" | "malformed" | "notPfif" */
    public readonly reason: string,
    public readonly line?: number,
  ) {
    super(`PFIF document refused: ${reason}`);
  }
}

export interface ParsedPerson {
  line: number;
  person: PfifPerson;
  notes: ParsedNote[];
}
export interface ParsedNote {
  line: number;
  note: PfifNote;
}
export interface ParsedDocument {
  version: PfifVersion;
  persons: ParsedPerson[];
  /** Notes outside any person (they name their person_record_id). */
  notes: ParsedNote[];
}

type Node = Record<string, unknown>;
const META = XMLParser.getMetaDataSymbol();

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
  parseTagValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: 0, maxTotalExpansions: 1000 },
  htmlEntities: false,
  maxNestedTags: 8,
  captureMetaData: true,
  isArray: () => true,
});

function lineAt(xml: string, index: number | undefined): number {
  if (index === undefined) return 0;
  let line = 1;
  for (let i = 0; i < index && i < xml.length; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}

/** The tag's local name when its prefix is bound to `prefix` (the PFIF one), else null. */
function localName(tag: string, prefix: string): string | null {
  const i = tag.indexOf(":");
  if (i < 0) return prefix === "" ? tag : null;
  return tag.slice(0, i) === prefix ? tag.slice(i + 1) : null;
}

function text(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (first && typeof first === "object" && "#text" in first) return String((first as Node)["#text"]);
  return "";
}

function readFields<F extends string>(
  node: Node,
  prefix: string,
  fields: readonly F[],
  legacy: Record<string, F>,
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [tag, value] of Object.entries(node)) {
    const name = localName(tag, prefix);
    if (!name) continue;
    const field = (fields as readonly string[]).includes(name) ? (name as F) : legacy[name];
    // A 1.4 value wins over the legacy name it replaced, whatever the order in the document.
    if (field && (out[field] === undefined || field === name)) out[field] = text(value);
  }
  return out;
}

function children(node: Node, prefix: string, name: string): Node[] {
  const out: Node[] = [];
  for (const [tag, value] of Object.entries(node)) {
    if (localName(tag, prefix) === name && Array.isArray(value)) out.push(...(value as Node[]));
  }
  return out;
}

const startOf = (node: Node) =>
  (node[META as unknown as string] as { startIndex?: number } | undefined)?.startIndex;

export function parsePfif(xml: string): ParsedDocument {
  if (Buffer.byteLength(xml, "utf8") > MAX_PFIF_BYTES) throw new PfifDocumentError("tooLarge");
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(xml);
  if (doctype) throw new PfifDocumentError("doctype", lineAt(xml, doctype.index));
  let tree: Node;
  try {
    tree = parser.parse(xml, true) as Node;
  } catch (err) {
    const line = /line:?\s*(\d+)/i.exec(String((err as Error)?.message))?.[1];
    throw new PfifDocumentError("malformed", line ? Number(line) : undefined);
  }
  const rootTag = Object.keys(tree).find((k) => !k.startsWith("?") && /(^|:)pfif$/.test(k));
  const root = rootTag ? (tree[rootTag] as Node[])[0] : undefined;
  if (!rootTag || !root) throw new PfifDocumentError("notPfif");
  const prefix = rootTag.includes(":") ? rootTag.slice(0, rootTag.indexOf(":")) : "";
  const version = versionOfNamespace(String(root[prefix ? `@xmlns:${prefix}` : "@xmlns"] ?? ""));
  if (!version) throw new PfifDocumentError("notPfif");

  const readNote = (n: Node): ParsedNote => ({
    line: lineAt(xml, startOf(n)),
    note: readFields<NoteField>(n, prefix, NOTE_FIELDS_14, LEGACY_NOTE_FIELDS),
  });
  const persons = children(root, prefix, "person").map((p) => {
    const person = readFields<PersonField>(p, prefix, PERSON_FIELDS_14, LEGACY_PERSON_FIELDS);
    // Before 1.3 there was no full_name: it is the given and family names together.
    person.full_name ||= [person.given_name, person.family_name].filter(Boolean).join(" ") || undefined;
    const notes = children(p, prefix, "note").map(readNote);
    for (const { note } of notes) note.person_record_id ||= person.person_record_id;
    return { line: lineAt(xml, startOf(p)), person, notes };
  });
  return { version, persons, notes: children(root, prefix, "note").map(readNote) };
}
