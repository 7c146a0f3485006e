// The retention planner (decision 143): a pure function from the rules and a moment to what a run
// selects. The admin's dry run and the nightly job both call it, then count or apply its
// selections (run.ts), so the report and the run can never disagree about a rule.
import type { RetentionAction, RetentionKind } from "./schemas";
import { RETENTION_KINDS } from "./schemas";

export interface RetentionRuleRow {
  kind: RetentionKind;
  /** null = the network default; a country's row overrides it there. */
  countryCode: string | null;
  keepDays: number;
  action: RetentionAction;
}

/** Which countries a selection covers: these, or every country but these. */
export type CountryFilter = { only: string[] } | { except: string[] };

export interface RetentionSelection {
  kind: RetentionKind;
  action: RetentionAction;
  keepDays: number;
  /** Rows whose clock (last change, located time, log time) is before this go. */
  cutOff: Date;
  countries: CountryFilter;
}

/** Soft-deleted rows may be restored for this long; the next run after it purges them. */
export const UNDO_DAYS = 3;
const DAY = 86_400_000;

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/**
 * One selection per country override and one per kind's default (covering every country
 * without an override). A kind with no default selects only its overridden countries.
 */
export function planRetention(rules: readonly RetentionRuleRow[], now: Date): RetentionSelection[] {
  const out: RetentionSelection[] = [];
  for (const kind of RETENTION_KINDS) {
    const ofKind = rules.filter((r) => r.kind === kind);
    const overrides = ofKind.filter((r) => r.countryCode !== null);
    for (const r of [...overrides].sort((a, b) => a.countryCode!.localeCompare(b.countryCode!))) {
      out.push(selection(r, { only: [r.countryCode!] }, now));
    }
    const base = ofKind.find((r) => r.countryCode === null);
    if (base) {
      const except = overrides.map((r) => r.countryCode!).sort();
      out.push(selection(base, { except }, now));
    }
  }
  return out;
}

function selection(r: RetentionRuleRow, countries: CountryFilter, now: Date): RetentionSelection {
  return {
    kind: r.kind,
    action: r.action,
    keepDays: r.keepDays,
    cutOff: daysBefore(now, r.keepDays),
    countries,
  };
}

/** The rules one country's admin sees: their overrides, else the network default. */
export function effectiveRules(rules: readonly RetentionRuleRow[], countryCode: string | null) {
  return RETENTION_KINDS.flatMap((kind) => {
    const own = countryCode ? rules.find((r) => r.kind === kind && r.countryCode === countryCode) : undefined;
    const base = rules.find((r) => r.kind === kind && r.countryCode === null);
    const rule = own ?? base;
    return rule ? [{ ...rule, inherited: !own && countryCode !== null }] : [];
  });
}

/**
 * An approximate age in whole years at `on` from a date of birth (what anonymisation keeps in
 * place of the date, decision 143): the same number the statistics' age bands use.
 */
export function ageOn(dateOfBirth: Date, on: Date): number {
  let age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const m = on.getUTCMonth() - dateOfBirth.getUTCMonth();
  if (m < 0 || (m === 0 && on.getUTCDate() < dateOfBirth.getUTCDate())) age--;
  return Math.max(0, age);
}
