import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/server/errors";
import type { TestDb } from "@/testing/test-db";
import { createAdminTestWorld, type TwoCountries } from "./testing";
import {
  createUserByAdmin,
  getUserForAdmin,
  listUsers,
  setUserDisabled,
  setUserPassword,
  updateUserByAdmin,
} from "./users-data";
import { closeAppTestDb } from "@/testing/test-db";

let testDb: TestDb;
let f: TwoCountries;

beforeAll(async () => {
  ({ testDb, f } = await createAdminTestWorld());
});
afterAll(() => closeAppTestDb(testDb));

const snapshot = (id: string) =>
  testDb.db.user.findUniqueOrThrow({
    where: { id },
    select: {
      role: true,
      countryCode: true,
      name: true,
      disabledAt: true,
      sessionVersion: true,
      passwordHash: true,
    },
  });
const fields = {
  name: "Changed Name",
  role: "NGO" as const,
  countryCode: "BZ",
  regionId: null,
  organizationId: null,
};
const strong = "Lluvia sobre el Illimani 7";

describe("listUsers / getUserForAdmin", () => {
  it("a country admin sees only their country's users, never a super-admin", async () => {
    const emails = (await listUsers(f.adminBo)).map((u) => u.email);
    expect(emails).toContain("police.bo@t.test");
    expect(emails).not.toContain("police.bz@t.test");
    expect((await listUsers(f.adminBz)).map((u) => u.email)).not.toContain("super@t.test");
    await expect(getUserForAdmin(f.adminBo, f.policeBz.id)).rejects.toThrow(NotFoundError);
    expect((await getUserForAdmin(f.adminBz, f.policeBz.id)).email).toBe("police.bz@t.test");
  });
  it("a super-admin sees every country", async () => {
    const emails = (await listUsers(f.superAdmin)).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(["police.bo@t.test", "police.bz@t.test"]));
  });
  it("non-admins get not found", async () => {
    for (const v of [f.policeBz, f.trainerBz]) await expect(listUsers(v)).rejects.toThrow(NotFoundError);
  });
});

describe("updateUserByAdmin", () => {
  it("cannot change a user of another country, and writes nothing", async () => {
    const before = await snapshot(f.policeBz.id);
    await expect(
      updateUserByAdmin(f.adminBo, f.policeBz.id, { ...fields, countryCode: "BO" }),
    ).rejects.toThrow(NotFoundError);
    expect(await snapshot(f.policeBz.id)).toEqual(before);
  });
  it("cannot move a user into a country it does not administer", async () => {
    const before = await snapshot(f.policeBz.id);
    await expect(
      updateUserByAdmin(f.adminBz, f.policeBz.id, { ...fields, countryCode: "BO" }),
    ).rejects.toThrow(NotFoundError);
    expect(await snapshot(f.policeBz.id)).toEqual(before);
  });
  it("changes role, name and region within its country", async () => {
    const region = await testDb.db.region.findFirstOrThrow({ where: { countryCode: "BZ" } });
    await updateUserByAdmin(f.adminBz, f.trainerBz.id, { ...fields, role: "TRAINER", regionId: region.id });
    expect(await snapshot(f.trainerBz.id)).toMatchObject({ name: "Changed Name", role: "TRAINER" });
  });
  it("refuses a region of another country", async () => {
    const region = await testDb.db.region.findFirstOrThrow({ where: { countryCode: "BO" } });
    await expect(
      updateUserByAdmin(f.adminBz, f.trainerBz.id, { ...fields, regionId: region.id }),
    ).rejects.toThrow("admin:errors.regionOutsideCountry");
  });
  it("a country admin cannot touch a super-admin", async () => {
    await expect(updateUserByAdmin(f.adminBz, f.superAdmin.id, fields)).rejects.toThrow(NotFoundError);
  });
});

describe("setUserDisabled", () => {
  it("cannot disable a user of another country, and writes nothing", async () => {
    const before = await snapshot(f.policeBz.id);
    await expect(setUserDisabled(f.adminBo, f.policeBz.id, true)).rejects.toThrow(NotFoundError);
    expect(await snapshot(f.policeBz.id)).toEqual(before);
  });
  it("disables and re-enables, ending the user's sessions each time", async () => {
    const before = await snapshot(f.policeBo.id);
    await setUserDisabled(f.adminBo, f.policeBo.id, true);
    const disabled = await snapshot(f.policeBo.id);
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(before.sessionVersion + 1);
    await setUserDisabled(f.adminBo, f.policeBo.id, false);
    expect((await snapshot(f.policeBo.id)).disabledAt).toBeNull();
  });
  it("an admin cannot disable themselves", async () => {
    await expect(setUserDisabled(f.adminBo, f.adminBo.id, true)).rejects.toThrow("admin:errors.notYourself");
  });
});

describe("createUserByAdmin", () => {
  const input = { ...fields, email: "new.officer@t.test", role: "POLICE" as const, password: strong };
  it("cannot create a user in another country, and writes nothing", async () => {
    await expect(createUserByAdmin(f.adminBo, input)).rejects.toThrow(NotFoundError);
    expect(await testDb.db.user.count({ where: { email: input.email } })).toBe(0);
  });
  it("refuses a weak initial password", async () => {
    await expect(createUserByAdmin(f.adminBz, { ...input, password: "password1234" })).rejects.toThrow(
      "auth:password.common",
    );
    expect(await testDb.db.user.count({ where: { email: input.email } })).toBe(0);
  });
  it("creates a user in its own country; a second one with the same email is refused", async () => {
    const { id } = await createUserByAdmin(f.adminBz, input);
    expect(await snapshot(id)).toMatchObject({ role: "POLICE", countryCode: "BZ" });
    await expect(createUserByAdmin(f.adminBz, input)).rejects.toThrow("admin:errors.emailTaken");
  });
});

describe("setUserPassword", () => {
  it("cannot reset a password in another country", async () => {
    const before = await snapshot(f.policeBz.id);
    await expect(setUserPassword(f.adminBo, f.policeBz.id, strong)).rejects.toThrow(NotFoundError);
    expect(await snapshot(f.policeBz.id)).toEqual(before);
  });
  it("sets a new password and ends the user's sessions", async () => {
    const before = await snapshot(f.policeBz.id);
    await setUserPassword(f.adminBz, f.policeBz.id, strong);
    const after = await snapshot(f.policeBz.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  });
});
