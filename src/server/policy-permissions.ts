// Who holds which permission: the role table, the system actor and `can`. policy.ts re-exports
// all of it; the rule modules (policy-found.ts, policy-consent.ts) import it from here.
import type { Role } from "@/generated/prisma/enums";
import { scopesAllow } from "./api-scopes";
import type { Viewer } from "./viewer";

export const PERMISSIONS = [
  "case:search",
  "case:read",
  "case:readReporterContact",
  "case:updateStatus",
  "case:verify",
  "case:addNote",
  "case:flagTrafficking",
  "case:assign",
  "case:markDuplicate",
  "case:approvePublication",
  // Deciding a request to take a public page down: keep it hidden or restore it (decision 150).
  "case:decideRemoval",
  // Sealing a located adult who does not want to be found, and lifting the seal (decision 154):
  // police of the owning unit.
  "case:seal",
  "case:readAccessLog",
  "case:readTips",
  "case:requestOwner",
  "inbox:read",
  "user:manage",
  "organization:manage",
  "reference:manage",
  "training:read",
  "training:manage",
  // Writing a country's knowledge-check questions (decision 166): its admins and trainers.
  "training:editQuestions",
  // Setting a country's coverage targets per district and per cascade level (decision 180): its
  // admins and trainers, like the questions (an admin sets goals but runs no session).
  "training:setTargets",
  "stats:readExact",
  "found:search",
  "found:read",
  "found:create",
  "found:updateStatus",
  "found:addNote",
  "found:readInstitution",
  "pfif:read",
  "pfif:write",
  "apiToken:manage",
  "match:read",
  "match:review",
  "match:rematch",
  // The outbox's delivery log (sent, failed, dead) and retrying a dead message (decision 082).
  "message:manage",
  // Searching the admin and training trail and the case access logs, and exporting them (decision 141).
  "audit:read",
  // The land borders that carry cross-border alerts (CountryNeighbour); writes are the super-admin's.
  "neighbour:manage",
  // Viewing and editing the retention rules, the dry run and the undo of a run (decision 143).
  "retention:manage",
  // Applying the retention rules: only the system actor (the nightly job), no role.
  "retention:apply",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What every role that records found persons may do with them. */
const FOUND_RECORDERS = [
  "found:search",
  "found:read",
  "found:create",
  "found:updateStatus",
  "found:addNote",
] as const satisfies readonly Permission[];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Cross-border lookup is the point of the network: police read every participating country.
  POLICE: [
    "case:search",
    "case:read",
    "case:readReporterContact",
    "case:updateStatus",
    "case:verify",
    "case:addNote",
    "case:flagTrafficking",
    "case:assign",
    "case:markDuplicate",
    "case:approvePublication",
    "case:decideRemoval",
    "case:seal",
    "case:readTips",
    "case:requestOwner",
    "inbox:read",
    "stats:readExact",
    ...FOUND_RECORDERS,
    "found:readInstitution",
    "pfif:read",
    "pfif:write",
    "match:read",
    "match:review",
  ],
  NGO: [
    "case:search",
    "case:read",
    "case:readReporterContact",
    "case:updateStatus",
    "case:addNote",
    "case:flagTrafficking",
    "case:readTips",
    "inbox:read",
    "stats:readExact",
    // NGOs record and work found persons of their country, but do not see where the person is
    // held (decision 090): shelters of trafficking victims are the most sensitive address we keep.
    ...FOUND_RECORDERS,
    "pfif:read",
    "pfif:write",
    // Proposals whose two records are both in the NGO's country (decision 096).
    "match:read",
  ],
  // Border and forensic staff record found persons in their country; they see no claims (the
  // matching engine brings the claim to police, decision 090).
  MIGRATION: [...FOUND_RECORDERS, "found:readInstitution"],
  FORENSIC: [...FOUND_RECORDERS, "found:readInstitution"],
  // Trainers see the training area only: no real case data at all.
  TRAINER: ["training:read", "training:manage", "training:editQuestions", "training:setTargets"],
  ADMIN: [
    "case:search",
    "case:read",
    "case:readAccessLog",
    "user:manage",
    "organization:manage",
    "reference:manage",
    "training:read",
    "training:editQuestions",
    "training:setTargets",
    "stats:readExact",
    "found:search",
    "found:read",
    "pfif:write",
    "apiToken:manage",
    // Starting the full re-match (a job; the super-admin only, see startFullRematch).
    "match:rematch",
    "message:manage",
    "audit:read",
    "neighbour:manage",
    "retention:manage",
  ],
};

/**
 * The system actor: a scheduled job acting with no person behind it. It holds only what a job
 * needs and that no role has (applying the retention rules deletes data in every country).
 */
export const SYSTEM_ACTOR = { kind: "system" } as const;
export type SystemActor = typeof SYSTEM_ACTOR;
export const SYSTEM_PERMISSIONS: readonly Permission[] = ["retention:apply"];

export function systemCan(actor: SystemActor, permission: Permission): boolean {
  return actor.kind === "system" && SYSTEM_PERMISSIONS.includes(permission);
}

export function can(viewer: Viewer | null, permission: Permission): boolean {
  if (!viewer || !ROLE_PERMISSIONS[viewer.role].includes(permission)) return false;
  return !viewer.api || scopesAllow(viewer.api.scopes, permission);
}
