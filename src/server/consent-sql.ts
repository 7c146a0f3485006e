// The consent rule of consent.ts (caseAccess) as SQL, for the raw lookups: a filter or a match on
// a column that the viewer's access hides must not select a claim, or the result list would tell
// the viewer what the family kept from them ("this card's person was last seen in Puno"). No
// "server-only": the benchmarks build the same SQL. The integration test checks every
// combination of level, seal and owning unit against caseAccess.
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "./viewer";

/** The viewer facts the rule reads (caseAccess: country, organisation, role). */
export type ConsentReader = Pick<Viewer, "countryCode" | "organizationId" | "role">;

function parts(r: ConsentReader, alias: string) {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  // isOwningUnit: the assigned organisation, or the country's police while none is assigned.
  const owning = [
    ...(r.organizationId ? [Prisma.sql`${col("assignedOrgId")} = ${r.organizationId}::uuid`] : []),
    ...(r.role === "POLICE"
      ? [Prisma.sql`(${col("assignedOrgId")} IS NULL AND ${col("countryCode")} = ${r.countryCode})`]
      : []),
  ];
  const unsealed = owning.length
    ? Prisma.sql`(${col("sealedAt")} IS NULL OR ${Prisma.join(owning, " OR ")})`
    : Prisma.sql`${col("sealedAt")} IS NULL`;
  // isForeignCase: a practice claim is never another country's.
  const own = Prisma.sql`(${col("practiceSessionId")} IS NOT NULL OR ${col("countryCode")} = ${r.countryCode})`;
  return { col, unsealed, own };
}

/** True on the claims this viewer sees in full (caseAccess = "full"). */
export function fullAccessSql(r: ConsentReader, alias = "c"): Prisma.Sql {
  const { col, unsealed, own } = parts(r, alias);
  return Prisma.sql`(${unsealed} AND (${own} OR ${col("crossBorderConsent")} = 'NETWORK'::"CrossBorderConsent"))`;
}

/**
 * True on the claims whose identifying card this viewer sees at least ("full" or
 * "identifying"): sex, age, other names and photo may be filtered on there, not on a sealed one.
 */
export function cardAccessSql(r: ConsentReader, alias = "c"): Prisma.Sql {
  const { col, unsealed, own } = parts(r, alias);
  return Prisma.sql`(${unsealed} AND (${own} OR ${col("crossBorderConsent")} <> 'OWN_COUNTRY'::"CrossBorderConsent"))`;
}

/** True on the claims not sealed from this viewer (unsealed, or the viewer is the owning unit). */
export function unsealedSql(r: ConsentReader, alias = "c"): Prisma.Sql {
  return parts(r, alias).unsealed;
}
