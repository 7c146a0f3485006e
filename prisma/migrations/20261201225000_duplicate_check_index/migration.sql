-- The duplicate check looks for trigram look-alikes within one country (docs/decisions/110). With
-- a trigram index on the name alone, PostgreSQL reads every country's matches and throws most
-- away; btree_gin lets the country be a key of the same GIN index, so the scan intersects the
-- country's entries with the name's trigrams. btree_gin ships with PostgreSQL and with PGlite.
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- CreateIndex
CREATE INDEX "Case_countryCode_searchName_trgm_idx" ON "Case" USING GIN ("countryCode" varchar_ops, "searchName" gin_trgm_ops);
