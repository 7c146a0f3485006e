import { describe, expect, it } from "vitest";
import { ageOn, daysBefore, effectiveRules, planRetention, type RetentionRuleRow } from "./planner";
import { RetentionRuleInput } from "./schemas";

const now = new Date("2026-12-03T02:00:00Z");
const DEFAULTS: RetentionRuleRow[] = [
  { kind: "REJECTED_CASE", countryCode: null, keepDays: 90, action: "DELETE" },
  { kind: "CLOSED_CASE", countryCode: null, keepDays: 1825, action: "ANONYMISE" },
  { kind: "LOCATED_PHOTO", countryCode: null, keepDays: 30, action: "DELETE" },
  { kind: "ACCESS_LOG", countryCode: null, keepDays: 730, action: "DELETE" },
];

describe("planRetention", () => {
  it("turns each default into one selection over every country, with its cut-off", () => {
    const plan = planRetention(DEFAULTS, now);
    expect(plan.map((s) => [s.kind, s.action, s.countries])).toEqual([
      ["REJECTED_CASE", "DELETE", { except: [] }],
      ["CLOSED_CASE", "ANONYMISE", { except: [] }],
      ["LOCATED_PHOTO", "DELETE", { except: [] }],
      ["ACCESS_LOG", "DELETE", { except: [] }],
    ]);
    expect(plan[0]!.cutOff).toEqual(new Date("2026-09-04T02:00:00Z"));
    expect(plan[1]!.cutOff).toEqual(daysBefore(now, 1825));
  });

  it("a country's override selects that country, and the default leaves it out", () => {
    const rules = [
      ...DEFAULTS,
      { kind: "REJECTED_CASE", countryCode: "GT", keepDays: 30, action: "DELETE" },
      { kind: "REJECTED_CASE", countryCode: "BO", keepDays: 180, action: "ANONYMISE" },
    ] satisfies RetentionRuleRow[];
    const rejected = planRetention(rules, now).filter((s) => s.kind === "REJECTED_CASE");
    expect(rejected.map((s) => [s.countries, s.keepDays, s.action])).toEqual([
      [{ only: ["BO"] }, 180, "ANONYMISE"],
      [{ only: ["GT"] }, 30, "DELETE"],
      [{ except: ["BO", "GT"] }, 90, "DELETE"],
    ]);
  });

  it("is the same for the same rules and moment (the dry run and the run agree)", () => {
    expect(planRetention(DEFAULTS, now)).toEqual(planRetention([...DEFAULTS].reverse(), now));
  });

  it("selects nothing without rules", () => {
    expect(planRetention([], now)).toEqual([]);
  });
});

describe("effectiveRules", () => {
  it("shows a country its own rule, else the default marked inherited", () => {
    const rules = [
      ...DEFAULTS,
      { kind: "ACCESS_LOG", countryCode: "GT", keepDays: 400, action: "DELETE" },
    ] as const;
    const gt = effectiveRules(rules, "GT");
    expect(gt.find((r) => r.kind === "ACCESS_LOG")).toMatchObject({ keepDays: 400, inherited: false });
    expect(gt.find((r) => r.kind === "CLOSED_CASE")).toMatchObject({ keepDays: 1825, inherited: true });
    expect(effectiveRules(rules, null).every((r) => !r.inherited && r.countryCode === null)).toBe(true);
  });
});

describe("ageOn", () => {
  it("counts whole years, the birthday itself included", () => {
    expect(ageOn(new Date("2010-06-15"), new Date("2026-06-14T23:00:00Z"))).toBe(15);
    expect(ageOn(new Date("2010-06-15"), new Date("2026-06-15T00:00:00Z"))).toBe(16);
  });
});

describe("RetentionRuleInput", () => {
  it("refuses a period under the kind's floor with that kind's message", () => {
    const r = RetentionRuleInput.safeParse({ kind: "REJECTED_CASE", keepDays: "29", action: "DELETE" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ["keepDays"],
      message: "retention:errors.floor.REJECTED_CASE",
    });
    expect(
      RetentionRuleInput.safeParse({ kind: "REJECTED_CASE", keepDays: "30", action: "DELETE" }).success,
    ).toBe(true);
  });
  it("refuses anonymising photos or access logs, and non-numbers", () => {
    expect(
      RetentionRuleInput.safeParse({ kind: "LOCATED_PHOTO", keepDays: 30, action: "ANONYMISE" }).success,
    ).toBe(false);
    const r = RetentionRuleInput.safeParse({ kind: "ACCESS_LOG", keepDays: "two", action: "DELETE" });
    expect(r.error?.issues[0]?.message).toBe("retention:errors.days");
  });
});
