-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REJECTED', 'NEEDS_INFO');

-- CreateEnum
CREATE TYPE "MatchKind" AS ENUM ('FOUND', 'DUPLICATE');

-- CreateTable
CREATE TABLE "MatchProposal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "MatchKind" NOT NULL,
    "caseId" UUID NOT NULL,
    "foundPersonId" UUID,
    "otherCaseId" UUID,
    "caseCountryCode" VARCHAR(2) NOT NULL,
    "otherCountryCode" VARCHAR(2) NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "criteria" JSONB NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'PROPOSED',
    "caseVersion" TEXT NOT NULL,
    "otherVersion" TEXT NOT NULL,
    "caseStatusBefore" "CaseStatus",
    "foundStatusBefore" "FoundStatus",
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchProposal_foundPersonId_idx" ON "MatchProposal"("foundPersonId");

-- CreateIndex
CREATE INDEX "MatchProposal_otherCaseId_idx" ON "MatchProposal"("otherCaseId");

-- CreateIndex
CREATE INDEX "MatchProposal_caseCountryCode_status_idx" ON "MatchProposal"("caseCountryCode", "status");

-- CreateIndex
CREATE INDEX "MatchProposal_otherCountryCode_status_idx" ON "MatchProposal"("otherCountryCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MatchProposal_caseId_foundPersonId_key" ON "MatchProposal"("caseId", "foundPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchProposal_caseId_otherCaseId_key" ON "MatchProposal"("caseId", "otherCaseId");

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_foundPersonId_fkey" FOREIGN KEY ("foundPersonId") REFERENCES "FoundPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_otherCaseId_fkey" FOREIGN KEY ("otherCaseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written below (docs/decisions/096).

-- A proposal pairs a claim with exactly one other record: a found person (FOUND) or another
-- claim (DUPLICATE, stored once with the smaller id first).
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_other_check" CHECK (
  ("kind" = 'FOUND' AND "foundPersonId" IS NOT NULL AND "otherCaseId" IS NULL)
  OR ("kind" = 'DUPLICATE' AND "foundPersonId" IS NULL AND "otherCaseId" IS NOT NULL
      AND "caseId" < "otherCaseId"));
