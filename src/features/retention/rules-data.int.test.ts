import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import type { Viewer } from "@/server/viewer";
import { makeViewer } from "@/testing/viewers";
import { withTestDb } from "@/testing/with-test-db";
import { listRetentionRules, updateRetentionRule } from "./rules-data";

const env = withTestDb();
let superAdmin: Viewer, adminBz: Viewer, policeBz: Viewer;

beforeAll(async () => {
  superAdmin = await makeViewer(env.db, "ADMIN", "BZ", { isSuperAdmin: true });
  adminBz = await makeViewer(env.db, "ADMIN", "BZ");
  policeBz = await makeViewer(env.db, "POLICE", "BZ");
});

const trail = () =>
  env.db.auditEvent.findMany({ where: { action: "retention.update" }, orderBy: { createdAt: "asc" } });

describe("retention rules", () => {
  it("start with the defaults of decision 143", async () => {
    const { countryCode, rules } = await listRetentionRules(superAdmin);
    expect(countryCode).toBeNull();
    expect(rules.map((r) => [r.kind, r.keepDays, r.action])).toEqual([
      ["REJECTED_CASE", 90, "DELETE"],
      ["CLOSED_CASE", 1825, "ANONYMISE"],
      ["LOCATED_PHOTO", 30, "DELETE"],
      ["ACCESS_LOG", 730, "DELETE"],
    ]);
  });

  it("refuse anyone who is not an admin, and write nothing", async () => {
    await expect(listRetentionRules(policeBz)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateRetentionRule(policeBz, { kind: "REJECTED_CASE", keepDays: 60, action: "DELETE" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await env.db.retentionRule.count()).toBe(4);
    expect(await trail()).toHaveLength(0);
  });

  it("a country admin's edit becomes that country's override, audited with before and after", async () => {
    await updateRetentionRule(adminBz, { kind: "REJECTED_CASE", keepDays: 60, action: "DELETE" });
    const bz = await listRetentionRules(adminBz);
    expect(bz.rules.find((r) => r.kind === "REJECTED_CASE")).toMatchObject({
      keepDays: 60,
      inherited: false,
    });
    expect(bz.rules.find((r) => r.kind === "CLOSED_CASE")).toMatchObject({ inherited: true });
    const defaults = await listRetentionRules(superAdmin);
    expect(defaults.rules.find((r) => r.kind === "REJECTED_CASE")?.keepDays).toBe(90);
    const [e] = await trail();
    expect(e).toMatchObject({
      actorUserId: adminBz.id,
      countryCode: "BZ",
      targetType: "RetentionRule",
      before: { keepDays: 90 },
      after: { keepDays: 60 },
    });
  });

  it("a save that changes nothing leaves no trace; the super-admin edits the default", async () => {
    await updateRetentionRule(adminBz, { kind: "REJECTED_CASE", keepDays: 60, action: "DELETE" });
    expect(await trail()).toHaveLength(1);
    await updateRetentionRule(superAdmin, { kind: "CLOSED_CASE", keepDays: 3650, action: "ANONYMISE" });
    expect((await trail())[1]).toMatchObject({ countryCode: null, after: { keepDays: 3650 } });
  });

  it("the database refuses a period under the floor even past the form", async () => {
    await expect(
      env.db.retentionRule.updateMany({ where: { kind: "ACCESS_LOG" }, data: { keepDays: 10 } }),
    ).rejects.toThrow(/RetentionRule_floor_check/);
    await expect(
      env.db.retentionRule.create({ data: { kind: "ACCESS_LOG", keepDays: 800, action: "DELETE" } }),
    ).rejects.toThrow();
  });
});
