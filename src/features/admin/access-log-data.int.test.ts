import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import type { TestDb } from "@/testing/test-db";
import { getCaseForViewer, giveAccessReason } from "@/features/cases/data";
import { createTranslate } from "@/i18n/translate";
import en from "../../../locales/en/admin.json";
import { getCaseAccessLog } from "./access-log-data";
import { accessActionWords } from "./audit-words";
import { createAdminTestWorld, type TwoCountries } from "./testing";
import { closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let f: TwoCountries;

beforeAll(async () => {
  ({ testDb, f } = await createAdminTestWorld());
  await testDb.db.caseAccessLog.create({
    data: { caseId: f.caseBz.id, userId: f.policeBo.id, action: "case.read", reason: "cross-border check" },
  });
});
afterAll(() => closeAppTestDb(testDb));

const logRows = (caseId: string) => testDb.db.caseAccessLog.count({ where: { caseId } });

describe("getCaseAccessLog", () => {
  it("is not found for an admin of another country, a police officer or a trainer, and logs nothing", async () => {
    const before = await logRows(f.caseBz.id);
    for (const v of [f.adminBo, f.policeBz, f.trainerBz]) {
      await expect(getCaseAccessLog(v, f.caseBz.caseNumber)).rejects.toThrow(NotFoundError);
    }
    await expect(getCaseAccessLog(f.adminBz, "BZ-1999-999999")).rejects.toThrow(NotFoundError);
    expect(await logRows(f.caseBz.id)).toBe(before);
  });

  it("shows who read the case, when and why, and records the admin's own look", async () => {
    const log = await getCaseAccessLog(f.adminBz, f.caseBz.caseNumber);
    expect(log.caseNumber).toBe(f.caseBz.caseNumber);
    expect(log.total).toBe(2);
    expect(log.rows.map((r) => [r.user.email, r.action, r.reason])).toEqual([
      ["admin.bz@t.test", "accessLog.view", null],
      ["police.bo@t.test", "case.read", "cross-border check"],
    ]);
  });

  it("a super-admin reads the log of any country", async () => {
    const log = await getCaseAccessLog(f.superAdmin, f.caseBo.caseNumber);
    expect(log.countryCode).toBe("BO");
  });

  it("shows the reason an officer gave at the prompt, as its own row and on the read it opened", async () => {
    const reason = "possible sighting at the Desaguadero crossing";
    await giveAccessReason(f.policeBo, { caseNumber: f.caseBz.caseNumber, reason });
    await getCaseForViewer(f.policeBo, f.caseBz.caseNumber, "VIEW");
    const log = await getCaseAccessLog(f.adminBz, f.caseBz.caseNumber);
    const mine = log.rows.filter((r) => r.user.email === "police.bo@t.test").slice(0, 2);
    expect(mine.map((r) => [r.action, r.reason])).toEqual([
      ["VIEW", reason],
      ["REASON", reason],
    ]);
    // In words for the admin, not the raw code.
    const t = createTranslate("en", { admin: en } as never, ["admin"]);
    expect(accessActionWords(t, "REASON")).toBe("Gave the reason for opening the case");
  });
});
