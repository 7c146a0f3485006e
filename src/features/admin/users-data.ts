import "server-only";
import { checkNewPassword } from "@/server/password-rules";
import { getDb } from "@/server/db";
import { AppError, NotFoundError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit-event";
import { hashPassword } from "@/server/password";
import type { Viewer } from "@/server/viewer";
import { checkPlacement, isUniqueViolation, requireAdmin, userScope } from "./access";
import type { CreateUserInput, UserFields } from "./schemas";

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  isSuperAdmin: true,
  countryCode: true,
  regionId: true,
  organizationId: true,
  disabledAt: true,
  region: { select: { name: true } },
  organization: { select: { name: true } },
} as const;

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Staff accounts the viewer administers, by country then name. */
export async function listUsers(viewer: Viewer) {
  requireAdmin(viewer);
  const db = await getDb();
  return db.user.findMany({
    where: userScope(viewer),
    select: userSelect,
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    take: 1000,
  });
}

export async function getUserForAdmin(viewer: Viewer, id: string) {
  requireAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  const user = await db.user.findFirst({ where: { id, ...userScope(viewer) }, select: userSelect });
  if (!user) throw new NotFoundError();
  return user;
}

export async function createUserByAdmin(viewer: Viewer, input: CreateUserInput): Promise<{ id: string }> {
  requireAdmin(viewer);
  const problem = checkNewPassword(input.password, input.email);
  if (problem) throw new AppError(problem);
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      await checkPlacement(tx, viewer, input);
      const fields = {
        email: input.email,
        name: input.name,
        role: input.role,
        countryCode: input.countryCode,
        regionId: input.regionId,
        organizationId: input.organizationId,
      };
      const created = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true } });
      await recordAuditEvent(tx, viewer, {
        action: "user.create",
        targetType: "User",
        targetId: created.id,
        countryCode: input.countryCode,
        after: fields,
      });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("admin:errors.emailTaken");
    throw err;
  }
}

/** Admins change others; their own account is changed by another admin (no self-lockout). */
function refuseSelf(viewer: Viewer, id: string) {
  if (viewer.id === id) throw new AppError("admin:errors.notYourself");
}

/** Role, country, region, organisation, name. Both the user and the new country must be in scope. */
export async function updateUserByAdmin(viewer: Viewer, id: string, input: UserFields): Promise<void> {
  requireAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id, ...userScope(viewer) }, select: auditedFields });
    if (!user) throw new NotFoundError();
    refuseSelf(viewer, id);
    await checkPlacement(tx, viewer, input);
    await tx.user.update({ where: { id }, data: input });
    await recordAuditEvent(tx, viewer, {
      action: "user.update",
      targetType: "User",
      targetId: id,
      countryCode: input.countryCode,
      before: user,
      after: input,
    });
  });
}

// What the trail keeps of a user: placement and role, never the password hash.
const auditedFields = {
  name: true,
  email: true,
  role: true,
  countryCode: true,
  regionId: true,
  organizationId: true,
} as const;

/** Disabling bumps sessionVersion too, so the user's open sessions stop at their next request. */
export async function setUserDisabled(viewer: Viewer, id: string, disabled: boolean): Promise<void> {
  requireAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id, ...userScope(viewer), NOT: { id: viewer.id } },
      select: { disabledAt: true, countryCode: true },
    });
    if (!user) {
      refuseSelf(viewer, id);
      throw new NotFoundError();
    }
    const disabledAt = disabled ? new Date() : null;
    await tx.user.update({ where: { id }, data: { disabledAt, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, viewer, {
      action: disabled ? "user.disable" : "user.enable",
      targetType: "User",
      targetId: id,
      countryCode: user.countryCode,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt },
    });
  });
}

/** A new password set by an admin (forgotten password): the user's sessions end. */
export async function setUserPassword(viewer: Viewer, id: string, password: string): Promise<void> {
  requireAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const target = await getUserForAdmin(viewer, id);
  refuseSelf(viewer, id);
  const problem = checkNewPassword(password, target.email);
  if (problem) throw new AppError(problem);
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const passwordChangedAt = new Date();
    const { count } = await tx.user.updateMany({
      where: { id, ...userScope(viewer) },
      data: { passwordHash, passwordChangedAt, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new NotFoundError();
    // That a password was set, and when; never the password or its hash.
    await recordAuditEvent(tx, viewer, {
      action: "user.setPassword",
      targetType: "User",
      targetId: id,
      countryCode: target.countryCode,
      after: { passwordChangedAt },
    });
  });
}
