-- CreateEnum
CREATE TYPE "FoundStatus" AS ENUM ('OPEN', 'UNDER_REVIEW', 'IDENTIFIED', 'CLOSED');

-- CreateEnum
CREATE TYPE "FoundCondition" AS ENUM ('ALIVE', 'DECEASED');

-- CreateEnum
CREATE TYPE "HoldingInstitution" AS ENUM ('SHELTER', 'HOSPITAL', 'CUSTODY', 'MORGUE', 'FAMILY_OR_FOSTER', 'NONE', 'OTHER');

-- CreateEnum
CREATE TYPE "MarkType" AS ENUM ('SCAR', 'TATTOO', 'BIRTHMARK', 'PIERCING', 'AMPUTATION');

-- CreateEnum
CREATE TYPE "BodyLocation" AS ENUM ('HEAD', 'FACE', 'NECK', 'CHEST', 'ABDOMEN', 'BACK', 'LEFT_SHOULDER', 'RIGHT_SHOULDER', 'LEFT_UPPER_ARM', 'RIGHT_UPPER_ARM', 'LEFT_FOREARM', 'RIGHT_FOREARM', 'LEFT_HAND', 'RIGHT_HAND', 'HIPS', 'LEFT_THIGH', 'RIGHT_THIGH', 'LEFT_LOWER_LEG', 'RIGHT_LOWER_LEG', 'LEFT_FOOT', 'RIGHT_FOOT', 'OTHER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'MIGRATION';
ALTER TYPE "Role" ADD VALUE 'FORENSIC';

-- CreateTable
CREATE TABLE "FoundPerson" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "foundNumber" TEXT NOT NULL,
    "countryCode" VARCHAR(2) NOT NULL,
    "regionId" UUID,
    "status" "FoundStatus" NOT NULL DEFAULT 'OPEN',
    "condition" "FoundCondition" NOT NULL,
    "submissionId" TEXT,
    "foundAt" TIMESTAMP(3) NOT NULL,
    "foundPlace" TEXT NOT NULL,
    "circumstances" TEXT NOT NULL,
    "institutionType" "HoldingInstitution" NOT NULL,
    "institutionName" TEXT,
    "namesGiven" TEXT,
    "searchName" TEXT NOT NULL DEFAULT '',
    "sex" "Sex" NOT NULL,
    "ageMin" INTEGER NOT NULL,
    "ageMax" INTEGER NOT NULL,
    "heightMinCm" INTEGER,
    "heightMaxCm" INTEGER,
    "build" TEXT,
    "hair" TEXT,
    "eyeColour" TEXT,
    "skin" TEXT,
    "clothing" TEXT,
    "belongings" TEXT,
    "languages" TEXT[],
    "nationality" VARCHAR(2),
    "identityDocument" TEXT,
    "identifiedCaseId" UUID,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FoundPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FoundPersonMark" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "foundPersonId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "MarkType" NOT NULL,
    "bodyLocation" "BodyLocation" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "FoundPersonMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FoundPersonPhoto" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "foundPersonId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FoundPersonPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FoundPersonEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "foundPersonId" UUID NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "actorUserId" UUID,
    "type" TEXT NOT NULL,
    "field" TEXT,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT,
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FoundPersonEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FoundPersonAccessLog" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "foundPersonId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FoundPersonAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FoundPerson_foundNumber_key" ON "FoundPerson"("foundNumber");

-- CreateIndex
CREATE UNIQUE INDEX "FoundPerson_submissionId_key" ON "FoundPerson"("submissionId");

-- CreateIndex
CREATE INDEX "FoundPerson_countryCode_status_idx" ON "FoundPerson"("countryCode", "status");

-- CreateIndex
CREATE INDEX "FoundPerson_foundAt_idx" ON "FoundPerson"("foundAt");

-- CreateIndex
CREATE INDEX "FoundPerson_identifiedCaseId_idx" ON "FoundPerson"("identifiedCaseId");

-- CreateIndex
CREATE INDEX "FoundPerson_searchName_trgm_idx" ON "FoundPerson" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "FoundPersonMark_foundPersonId_position_key" ON "FoundPersonMark"("foundPersonId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FoundPersonPhoto_foundPersonId_position_key" ON "FoundPersonPhoto"("foundPersonId", "position");

-- CreateIndex
CREATE INDEX "FoundPersonEvent_foundPersonId_createdAt_idx" ON "FoundPersonEvent"("foundPersonId", "createdAt");

-- CreateIndex
CREATE INDEX "FoundPersonAccessLog_foundPersonId_createdAt_idx" ON "FoundPersonAccessLog"("foundPersonId", "createdAt");

-- CreateIndex
CREATE INDEX "FoundPersonAccessLog_userId_createdAt_idx" ON "FoundPersonAccessLog"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "FoundPerson" ADD CONSTRAINT "FoundPerson_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPerson" ADD CONSTRAINT "FoundPerson_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPerson" ADD CONSTRAINT "FoundPerson_identifiedCaseId_fkey" FOREIGN KEY ("identifiedCaseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPerson" ADD CONSTRAINT "FoundPerson_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPersonMark" ADD CONSTRAINT "FoundPersonMark_foundPersonId_fkey" FOREIGN KEY ("foundPersonId") REFERENCES "FoundPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPersonPhoto" ADD CONSTRAINT "FoundPersonPhoto_foundPersonId_fkey" FOREIGN KEY ("foundPersonId") REFERENCES "FoundPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPersonEvent" ADD CONSTRAINT "FoundPersonEvent_foundPersonId_fkey" FOREIGN KEY ("foundPersonId") REFERENCES "FoundPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPersonEvent" ADD CONSTRAINT "FoundPersonEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPersonAccessLog" ADD CONSTRAINT "FoundPersonAccessLog_foundPersonId_fkey" FOREIGN KEY ("foundPersonId") REFERENCES "FoundPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FoundPersonAccessLog" ADD CONSTRAINT "FoundPersonAccessLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written below (docs/decisions/090).

-- Ranges must be ranges; a record with ageMin > ageMax would never match anything.
ALTER TABLE "FoundPerson" ADD CONSTRAINT "FoundPerson_age_range_check"
  CHECK ("ageMin" >= 0 AND "ageMax" <= 120 AND "ageMin" <= "ageMax");
ALTER TABLE "FoundPerson" ADD CONSTRAINT "FoundPerson_height_range_check"
  CHECK ("heightMinCm" IS NULL OR "heightMaxCm" IS NULL OR "heightMinCm" <= "heightMaxCm");

-- Name words of found records feed the same dictionary as cases ("CaseNameWord", decision 031),
-- so a one-word name such as "naye" is a known word when either side searches or matches.
CREATE INDEX "FoundPerson_searchWords_idx" ON "FoundPerson" USING GIN (string_to_array("searchName", ' '));

CREATE OR REPLACE FUNCTION found_name_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CaseNameWord" ("word")
  SELECT DISTINCT w FROM unnest(string_to_array(NEW."searchName", ' ')) AS w WHERE w <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "FoundPerson_name_words"
AFTER INSERT OR UPDATE OF "searchName" ON "FoundPerson"
FOR EACH ROW EXECUTE FUNCTION found_name_words();

-- The found record's history and access log are append-only exactly like the case's
-- (migration audit_append_only): DELETE only as the cascade of deleting the record itself,
-- the actor set to NULL only as the cascade of deleting that user; TRUNCATE refused.
CREATE OR REPLACE FUNCTION "found_audit_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "FoundPerson" WHERE "id" = OLD."foundPersonId") THEN
      RETURN OLD;
    END IF;
  ELSIF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'FoundPersonEvent' THEN
    IF OLD."actorUserId" IS NOT NULL AND NEW."actorUserId" IS NULL
       AND (to_jsonb(NEW) - 'actorUserId') = (to_jsonb(OLD) - 'actorUserId')
       AND NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."actorUserId") THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "FoundPersonEvent_append_only"
  BEFORE UPDATE OR DELETE ON "FoundPersonEvent"
  FOR EACH ROW EXECUTE FUNCTION "found_audit_append_only"();

CREATE TRIGGER "FoundPersonAccessLog_append_only"
  BEFORE UPDATE OR DELETE ON "FoundPersonAccessLog"
  FOR EACH ROW EXECUTE FUNCTION "found_audit_append_only"();

CREATE TRIGGER "FoundPersonEvent_no_truncate"
  BEFORE TRUNCATE ON "FoundPersonEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_no_truncate"();

CREATE TRIGGER "FoundPersonAccessLog_no_truncate"
  BEFORE TRUNCATE ON "FoundPersonAccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_no_truncate"();
