/**
 * Plausible national ID numbers for synthetic cases. Chilean RUT, Ecuadorian
 * cédula and Guatemalan CUI carry their public check digits, so validators in
 * the app can be exercised; the other formats only match the usual shape.
 * None of these are meant to correspond to real people.
 */
import type { CountryCode } from "@/lib/reference/countries";
import type { Rng } from "./random";

export interface DocumentContext {
  age: number;
  /** ISO date (YYYY-MM-DD) when known; some numbers embed the birth date. */
  dateOfBirth: string | null;
  /** Region of residence when it is in the issuing country, else null. */
  regionCode: string | null;
}

const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => rng.int(0, 9)).join("");
const pad = (value: number, width: number): string => String(value).padStart(width, "0");

function chileRut(rng: Rng, age: number): string {
  // RUTs are issued sequentially, so younger people have higher numbers.
  const n = age <= 20 ? rng.int(20_000_000, 27_000_000) : rng.int(5_000_000, 19_999_999);
  let sum = 0;
  let weight = 2;
  for (const d of String(n).split("").reverse()) {
    sum += Number(d) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const r = 11 - (sum % 11);
  const check = r === 11 ? "0" : r === 10 ? "K" : String(r);
  return `RUT ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}-${check}`;
}

function ecuadorCedula(rng: Rng): string {
  const first9 = pad(rng.int(1, 24), 2) + String(rng.int(0, 5)) + digits(rng, 6);
  const sum = first9.split("").reduce((acc, d, i) => {
    const p = Number(d) * (i % 2 === 0 ? 2 : 1);
    return acc + (p > 9 ? p - 9 : p);
  }, 0);
  return `CI ${first9}${(10 - (sum % 10)) % 10}`;
}

function guatemalaCui(rng: Rng, regionCode: string | null): string {
  const dept = regionCode ? regionCode.slice(3) : pad(rng.int(1, 22), 2);
  for (;;) {
    const body = digits(rng, 8);
    const total = body.split("").reduce((acc, d, i) => acc + Number(d) * (i + 2), 0);
    // A remainder of 10 cannot be written as one digit; such numbers are never issued.
    if (total % 11 === 10) continue;
    const cui = `${body}${total % 11}${dept}${pad(rng.int(1, 17), 2)}`;
    return `DPI ${cui.slice(0, 4)} ${cui.slice(4, 9)} ${cui.slice(9)}`;
  }
}

const BOLIVIA_EXTENSIONS: Record<string, string> = {
  "BO-L": "LP",
  "BO-C": "CB",
  "BO-S": "SC",
  "BO-O": "OR",
  "BO-P": "PT",
  "BO-T": "TJ",
  "BO-H": "CH",
  "BO-B": "BE",
  "BO-N": "PD",
};

const COSTA_RICA_PROVINCES: Record<string, number> = {
  "CR-SJ": 1,
  "CR-A": 2,
  "CR-C": 3,
  "CR-H": 4,
  "CR-G": 5,
  "CR-P": 6,
  "CR-L": 7,
};

function nicaraguaCedula(rng: Rng, dateOfBirth: string | null): string {
  const [y, m, d] = (
    dateOfBirth ?? `${rng.int(1960, 2010)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`
  ).split("-");
  const letter = rng.pick("ABCDEFGHJKLMNPQRSTUVWXY".split(""));
  const town = rng.pick(["001", "081", "161", "201", "241", "281", "401", "441", "561"]);
  return `Cédula ${town}-${d}${m}${y!.slice(2)}-${digits(rng, 4)}${letter}`;
}

/** Returns a document string such as "RUT 21.345.678-K", or null if none is usual. */
export function generateIdentityDocument(
  rng: Rng,
  nationality: CountryCode,
  ctx: DocumentContext,
): string | null {
  switch (nationality) {
    case "BZ":
      return `SSB ${digits(rng, 9)}`;
    case "BO": {
      const ext = BOLIVIA_EXTENSIONS[ctx.regionCode ?? ""] ?? rng.pick(Object.values(BOLIVIA_EXTENSIONS));
      return `CI ${rng.int(1_000_000, 14_999_999)} ${ext}`;
    }
    case "CL":
      return chileRut(rng, ctx.age);
    case "CR": {
      const province = COSTA_RICA_PROVINCES[ctx.regionCode ?? ""] ?? rng.int(1, 7);
      return `Cédula ${province}-${pad(rng.int(100, 1999), 4)}-${pad(rng.int(1, 999), 4)}`;
    }
    case "EC":
      return ecuadorCedula(rng);
    case "GT":
      return guatemalaCui(rng, ctx.regionCode);
    case "NI":
      // Cédulas are issued from 16; younger people rarely carry any document.
      return ctx.age >= 16 ? nicaraguaCedula(rng, ctx.dateOfBirth) : null;
    case "PE":
      return `DNI ${rng.int(10_000_000, 79_999_999)}`;
    case "PR":
      // No national ID; a driver's licence is what people usually show.
      return ctx.age >= 16 ? `Licencia ${digits(rng, 7)}` : null;
  }
}
