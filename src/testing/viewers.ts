// Viewers for tests: one signed-in account made in the test database (makeViewer), or a plain
// Viewer value for the policy's pure functions (viewerOf). The only two ways tests get a viewer.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { toViewer, type Viewer } from "@/server/viewer";
import { createUser } from "./factories";

export interface ViewerExtra {
  email?: string;
  name?: string;
  practiceSessionId?: string | null;
  isSuperAdmin?: boolean;
  organizationId?: string | null;
  regionId?: string | null;
}

/** A real account of this role and country (never used to sign in: tests call data functions). */
export async function makeViewer(
  db: PrismaClient,
  role: Role,
  countryCode: string,
  extra: ViewerExtra = {},
): Promise<Viewer> {
  const email =
    extra.email ??
    `${role.toLowerCase()}.${countryCode.toLowerCase()}.${Math.random().toString(36).slice(2)}@t.test`;
  const u = await createUser(db, { ...extra, email, role, countryCode, passwordHash: "x" });
  return toViewer(u);
}

/** A Viewer value with no account behind it, for pure policy and scope tests. */
export function viewerOf(v: Partial<Viewer> = {}): Viewer {
  return {
    id: "u",
    email: "u@x.test",
    name: "U",
    role: "POLICE",
    isSuperAdmin: false,
    countryCode: "BO",
    regionId: null,
    organizationId: null,
    practiceSessionId: null,
    ...v,
  };
}
