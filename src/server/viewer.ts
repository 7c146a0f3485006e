import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { ApiGrant } from "./api-scopes";

/** Who is asking: loaded fresh from the database on every request (see session.ts). */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  isSuperAdmin: boolean;
  countryCode: string;
  regionId: string | null;
  organizationId: string | null;
  /** Set for practice logins: confines the user to one training session's sandbox. */
  practiceSessionId: string | null;
  /** Set when a partner system calls with an API token: narrows what the role allows. */
  api?: ApiGrant;
}

/** The user columns a Viewer is made of; session.ts and the test helpers select these. */
export const viewerSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isSuperAdmin: true,
  countryCode: true,
  regionId: true,
  organizationId: true,
  practiceSessionId: true,
} as const satisfies Prisma.UserSelect;

/** Just the Viewer fields of a user row (drops password hash, session version...). */
export function toViewer(u: Viewer): Viewer {
  const { id, email, name, role, isSuperAdmin, countryCode, regionId, organizationId, practiceSessionId } = u;
  return { id, email, name, role, isSuperAdmin, countryCode, regionId, organizationId, practiceSessionId };
}
