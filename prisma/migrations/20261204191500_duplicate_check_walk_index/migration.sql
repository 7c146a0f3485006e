-- The duplicate check (claimCandidatesForClaim, docs/decisions/175) takes, per country, the most
-- recent open claims sharing a name word. Read from the table, a common word is tens of thousands
-- of rows in as many pages at 1M cases; this index holds the open claims of each country newest
-- first with every column the check filters on, so the walk stops at the limit without reading
-- the table (an index-only scan). Partial on the conditions every open claim meets, and raw SQL
-- because Prisma's schema cannot express INCLUDE or WHERE.
CREATE INDEX "Case_open_country_lastSeenAt_idx" ON "Case" ("countryCode", "lastSeenAt" DESC, "id")
  INCLUDE ("searchName", "sex", "status", "approxAge", "dateOfBirth")
  WHERE "practiceSessionId" IS NULL AND "deletedAt" IS NULL AND "duplicateOfId" IS NULL;
