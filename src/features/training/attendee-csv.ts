// Attendee lists arrive as spreadsheets exported to CSV. Every row is checked before anything
// is written: one bad row and nothing is imported, so a half-imported list never needs cleaning.
import { parse } from "csv-parse/sync";
import { normalizeName } from "@/lib/names/normalize";
import ay from "../../../locales/ay/training.json";
import en from "../../../locales/en/training.json";
import es from "../../../locales/es/training.json";
import fr from "../../../locales/fr/training.json";
import gn from "../../../locales/gn/training.json";
import ht from "../../../locales/ht/training.json";
import pt from "../../../locales/pt/training.json";
import qu from "../../../locales/qu/training.json";
import { AttendeeCsvRow } from "./schemas";

export const MAX_CSV_BYTES = 200_000;
export const MAX_CSV_ROWS = 500;

const headerKey = (h: string) => normalizeName(h.replace(/[/_-]/g, " "));

/** Header spellings trainers write by hand (besides the column labels of every UI language). */
const WRITTEN_ALIASES: Record<string, keyof AttendeeCsvRow> = {
  name: "name",
  nombre: "name",
  "full name": "name",
  "nombre completo": "name",
  rank: "rank",
  position: "rank",
  "rank position": "rank",
  rango: "rank",
  cargo: "rank",
  grado: "rank",
  unit: "unit",
  organization: "unit",
  organisation: "unit",
  "unit organization": "unit",
  "unit organisation": "unit",
  unidad: "unit",
  organizacion: "unit",
  region: "region",
  district: "region",
  departamento: "region",
  distrito: "region",
  email: "email",
  "e mail": "email",
  correo: "email",
  "correo electronico": "email",
  "nome completo": "name",
  posto: "rank",
  unidade: "unit",
  organizacao: "unit",
  "nom complet": "name",
  grade: "rank",
  fonction: "rank",
  unite: "unit",
  courriel: "email",
  mail: "email",
  grad: "rank",
  inite: "unit",
  rejyon: "region",
  distri: "region",
  imel: "email",
};

const COLUMNS = ["name", "rank", "unit", "region", "email"] as const;

// A list exported from a spreadsheet in Spanish (or any UI language) carries the labels the
// attendee form shows in that language: "Nombre;Grado o cargo;Unidad u organización;Región;...".
const HEADER_ALIASES: Record<string, keyof AttendeeCsvRow> = Object.fromEntries([
  ...[ay, en, es, fr, gn, ht, pt, qu].flatMap((l) =>
    COLUMNS.map((c) => [headerKey(l.attendees[c]), c] as const),
  ),
  ...Object.entries(WRITTEN_ALIASES),
]);

/**
 * The separator of the file: spreadsheets in Spanish, Portuguese and French write ";" (the comma
 * is their decimal mark), others ","; a tab from "text" exports. Read off the header line.
 */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const header = (
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .find((l) => l.trim()) ?? ""
  ).replace(/"[^"]*"/g, "");
  const count = (c: string) => header.split(c).length - 1;
  const best = ([",", ";", "\t"] as const).map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ",";
}

export interface CsvRowError {
  /** Line in the file (the header is line 1). 0 for problems with the whole file. */
  line: number;
  field?: string;
  key: string;
}

export interface ResolvedAttendee {
  line: number;
  name: string;
  rank: string | null;
  unit: string | null;
  regionId: string | null;
  email: string | null;
}

export interface CsvCheck {
  rows: ResolvedAttendee[];
  /** Lines whose email is already registered in the session: left out, not an error. */
  skipped: { line: number; email: string }[];
  errors: CsvRowError[];
}

function readRecords(text: string): { line: number; record: Record<string, string> }[] | CsvRowError {
  try {
    const out = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      columns: (header: string[]) =>
        header.map((h) => {
          const key = HEADER_ALIASES[headerKey(h)];
          if (!key) throw new HeaderError(h);
          return key;
        }),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as { info: { lines: number }; record: Record<string, string> }[];
    return out.map((r) => ({ line: r.info.lines, record: r.record }));
  } catch (err) {
    if (err instanceof HeaderError)
      return { line: 1, field: err.header, key: "training:import.unknownColumn" };
    return { line: 0, key: "training:import.unreadable" };
  }
}

class HeaderError extends Error {
  constructor(public readonly header: string) {
    super(header);
  }
}

/**
 * Parses and checks a file against the session's regions and already-registered emails.
 * Regions may be given by code (BZ-CY) or name (Cayo), accents and case ignored.
 */
export function checkAttendeeCsv(
  text: string,
  regions: readonly { id: string; code: string; name: string }[],
  registeredEmails: ReadonlySet<string>,
): CsvCheck {
  const result: CsvCheck = { rows: [], skipped: [], errors: [] };
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) {
    result.errors.push({ line: 0, key: "training:import.tooLarge" });
    return result;
  }
  const records = readRecords(text);
  if (!Array.isArray(records)) return { ...result, errors: [records] };
  if (records.length === 0) return { ...result, errors: [{ line: 0, key: "training:import.empty" }] };
  if (records.length > MAX_CSV_ROWS)
    return { ...result, errors: [{ line: 0, key: "training:import.tooManyRows" }] };
  if (!("name" in records[0]!.record)) {
    return { ...result, errors: [{ line: 1, field: "name", key: "training:import.missingNameColumn" }] };
  }
  const regionByKey = new Map<string, string>();
  for (const r of regions) {
    regionByKey.set(normalizeName(r.code), r.id);
    regionByKey.set(normalizeName(r.name), r.id);
  }
  const seen = new Set<string>();
  for (const { line, record } of records) {
    // Every problem of a row is reported at once, so one round of corrections is enough.
    const parsed = AttendeeCsvRow.safeParse(record);
    const rowErrors: CsvRowError[] = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          line,
          field: String(issue.path[0] ?? ""),
          key: issue.message,
        }));
    const regionText = (record.region ?? "").trim();
    const regionId = regionText ? regionByKey.get(normalizeName(regionText)) : null;
    if (regionId === undefined)
      rowErrors.push({ line, field: "region", key: "training:import.unknownRegion" });
    if (!parsed.success || rowErrors.length) {
      result.errors.push(...rowErrors);
      continue;
    }
    const row = parsed.data;
    if (row.email) {
      if (seen.has(row.email)) {
        result.errors.push({ line, field: "email", key: "training:import.duplicateInFile" });
        continue;
      }
      seen.add(row.email);
      if (registeredEmails.has(row.email)) {
        result.skipped.push({ line, email: row.email });
        continue;
      }
    }
    result.rows.push({
      line,
      name: row.name,
      rank: row.rank || null,
      unit: row.unit || null,
      regionId: regionId ?? null,
      email: row.email || null,
    });
  }
  return result;
}
