-- CreateEnum
CREATE TYPE "RetentionKind" AS ENUM ('REJECTED_CASE', 'CLOSED_CASE', 'LOCATED_PHOTO', 'ACCESS_LOG');

-- CreateEnum
CREATE TYPE "RetentionAction" AS ENUM ('DELETE', 'ANONYMISE');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "retentionAction" "RetentionAction";

-- AlterTable
ALTER TABLE "CasePhoto" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RetentionRule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "RetentionKind" NOT NULL,
    "countryCode" VARCHAR(2),
    "keepDays" INTEGER NOT NULL,
    "action" "RetentionAction" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_kind_countryCode_key" ON "RetentionRule"("kind", "countryCode");

-- AddForeignKey
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;


-- One network default per kind (NULLs are distinct in the unique index above).
CREATE UNIQUE INDEX "RetentionRule_default_kind_key" ON "RetentionRule"("kind") WHERE "countryCode" IS NULL;

-- The floors of decision 143, also held by the database: no edit path can go below them, and
-- located photos and access logs are only ever deleted.
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_floor_check" CHECK (
  ("kind" = 'REJECTED_CASE' AND "keepDays" >= 30) OR
  ("kind" = 'CLOSED_CASE' AND "keepDays" >= 365) OR
  ("kind" = 'LOCATED_PHOTO' AND "keepDays" >= 7 AND "action" = 'DELETE') OR
  ("kind" = 'ACCESS_LOG' AND "keepDays" >= 365 AND "action" = 'DELETE')
);

-- The defaults of decision 143.
INSERT INTO "RetentionRule" ("kind", "countryCode", "keepDays", "action", "updatedAt") VALUES
  ('REJECTED_CASE', NULL, 90, 'DELETE', now()),
  ('CLOSED_CASE', NULL, 1825, 'ANONYMISE', now()),
  ('LOCATED_PHOTO', NULL, 30, 'DELETE', now()),
  ('ACCESS_LOG', NULL, 730, 'DELETE', now());

-- CaseEvent and CaseAccessLog stay append-only (migration audit_append_only) with two narrow
-- exceptions for retention, each raised only by a SECURITY DEFINER function below through a
-- transaction-local setting:
-- * an access-log row older than one year (the floor) may be deleted by case_access_log_purge();
-- * the free text of an anonymised case's events (body, reason, and the old/new values of every
--   event but a status change) may be set to NULL by case_event_anonymise(), nothing else.
CREATE OR REPLACE FUNCTION "audit_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "Case" WHERE "id" = OLD."caseId") THEN
      RETURN OLD;
    END IF;
    IF TG_TABLE_NAME = 'CaseAccessLog'
       AND current_setting('reencuentro.access_log_purge', true) = 'on'
       AND OLD."createdAt" < (now() AT TIME ZONE 'UTC') - interval '1 year' THEN
      RETURN OLD;
    END IF;
  ELSIF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'CaseEvent' THEN
    IF OLD."actorUserId" IS NOT NULL AND NEW."actorUserId" IS NULL
       AND (to_jsonb(NEW) - 'actorUserId') = (to_jsonb(OLD) - 'actorUserId')
       AND NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."actorUserId") THEN
      RETURN NEW;
    END IF;
    IF current_setting('reencuentro.anonymise_case', true) = OLD."caseId"::text
       AND EXISTS (SELECT 1 FROM "Case" WHERE "id" = OLD."caseId" AND "anonymisedAt" IS NOT NULL)
       AND (to_jsonb(NEW) - ARRAY['body', 'reason', 'oldValue', 'newValue'])
           = (to_jsonb(OLD) - ARRAY['body', 'reason', 'oldValue', 'newValue'])
       AND (NEW."body" IS NULL OR NEW."body" IS NOT DISTINCT FROM OLD."body")
       AND (NEW."reason" IS NULL OR NEW."reason" IS NOT DISTINCT FROM OLD."reason")
       AND (NEW."oldValue" IS NULL OR NEW."oldValue" IS NOT DISTINCT FROM OLD."oldValue")
       AND (NEW."newValue" IS NULL OR NEW."newValue" IS NOT DISTINCT FROM OLD."newValue") THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Deletes access-log rows older than `cut_off` of cases in `only_codes` (NULL = every country) and not
-- in `except_codes`. Refuses a cut-off younger than the one-year floor.
CREATE OR REPLACE FUNCTION "case_access_log_purge"(cut_off timestamp, only_codes text[], except_codes text[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  removed integer;
BEGIN
  IF cut_off IS NULL OR cut_off > (now() AT TIME ZONE 'UTC') - interval '1 year' THEN
    RAISE EXCEPTION 'case_access_log_purge: % is within the one-year floor', cut_off
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('reencuentro.access_log_purge', 'on', true);
  DELETE FROM "CaseAccessLog" l USING "Case" c
   WHERE c."id" = l."caseId" AND l."createdAt" < cut_off
     AND (only_codes IS NULL OR c."countryCode" = ANY(only_codes))
     AND NOT (c."countryCode" = ANY(coalesce(except_codes, '{}')));
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('reencuentro.access_log_purge', 'off', true);
  RETURN removed;
END;
$$;

-- Clears the free text of an anonymised case's history; refuses a case not anonymised.
CREATE OR REPLACE FUNCTION "case_event_anonymise"(case_id uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  changed integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Case" WHERE "id" = case_id AND "anonymisedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'case_event_anonymise: case % is not anonymised', case_id
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('reencuentro.anonymise_case', case_id::text, true);
  UPDATE "CaseEvent"
     SET "body" = NULL, "reason" = NULL,
         "oldValue" = CASE WHEN "type" = 'STATUS_CHANGED' THEN "oldValue" END,
         "newValue" = CASE WHEN "type" = 'STATUS_CHANGED' THEN "newValue" END
   WHERE "caseId" = case_id
     AND ("body" IS NOT NULL OR "reason" IS NOT NULL
          OR ("type" <> 'STATUS_CHANGED' AND ("oldValue" IS NOT NULL OR "newValue" IS NOT NULL)));
  GET DIAGNOSTICS changed = ROW_COUNT;
  PERFORM set_config('reencuentro.anonymise_case', '', true);
  RETURN changed;
END;
$$;
