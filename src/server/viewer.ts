import type { Role } from "@/generated/prisma/enums";

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
}
