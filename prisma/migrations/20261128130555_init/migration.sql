-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- Extensions for accent-insensitive, typo-tolerant name search (not expressible in schema.prisma
-- without a preview feature).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'POLICE', 'NGO', 'TRAINER');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('POLICE_UNIT', 'NGO', 'TRAINING_BODY', 'GOVERNMENT');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('REPORTED', 'VERIFIED', 'ACTIVE', 'LOCATED_ALIVE', 'LOCATED_DECEASED', 'CLOSED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('STAFF', 'REPORTER', 'PUBLIC', 'SYSTEM');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('TRAIN_THE_TRAINERS', 'CASCADE_WORKSHOP', 'REFRESHER');

-- CreateTable
CREATE TABLE "Country" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "casePrefix" VARCHAR(8) NOT NULL,
    "defaultLocale" VARCHAR(5) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countryCode" VARCHAR(2) NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "countryCode" VARCHAR(2) NOT NULL,
    "regionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "isSuperAdmin" BOOLEAN NOT NULL DEFAULT false,
    "countryCode" VARCHAR(2) NOT NULL,
    "regionId" UUID,
    "organizationId" UUID,
    "practiceSessionId" UUID,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'es',
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseCounter" (
    "prefix" VARCHAR(16) NOT NULL,
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL,

    CONSTRAINT "CaseCounter_pkey" PRIMARY KEY ("prefix","year")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseNumber" TEXT NOT NULL,
    "publicId" TEXT NOT NULL,
    "countryCode" VARCHAR(2) NOT NULL,
    "regionId" UUID,
    "status" "CaseStatus" NOT NULL DEFAULT 'REPORTED',
    "practiceSessionId" UUID,
    "submissionId" TEXT,
    "trackingCodeHash" TEXT NOT NULL,
    "givenNames" TEXT NOT NULL,
    "familyNames" TEXT NOT NULL,
    "otherNames" TEXT,
    "searchName" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "dateOfBirth" DATE,
    "approxAge" INTEGER,
    "nationality" VARCHAR(2),
    "languages" TEXT[],
    "identityDocument" TEXT,
    "heightCm" INTEGER,
    "build" TEXT,
    "hair" TEXT,
    "eyeColour" TEXT,
    "distinguishingMarks" TEXT,
    "clothing" TEXT,
    "medicalNeeds" TEXT,
    "lastSeenCity" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenTimeKnown" BOOLEAN NOT NULL DEFAULT false,
    "circumstances" TEXT NOT NULL,
    "riskIndicators" TEXT[],
    "traffickingFlag" BOOLEAN NOT NULL DEFAULT false,
    "reporterName" TEXT NOT NULL,
    "reporterRelationship" TEXT NOT NULL,
    "reporterPhone" TEXT,
    "reporterPhoneDigits" TEXT,
    "reporterEmail" TEXT,
    "reporterLocale" VARCHAR(5) NOT NULL,
    "consentPublishPhoto" BOOLEAN NOT NULL DEFAULT false,
    "consentPublishName" BOOLEAN NOT NULL DEFAULT false,
    "consentPublishAge" BOOLEAN NOT NULL DEFAULT false,
    "consentPublishLastSeen" BOOLEAN NOT NULL DEFAULT false,
    "guardianConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "consentWithdrawnAt" TIMESTAMP(3),
    "publicationApprovedAt" TIMESTAMP(3),
    "publicationApprovedBy" UUID,
    "possibleDuplicate" BOOLEAN NOT NULL DEFAULT false,
    "duplicateOfId" UUID,
    "assignedUserId" UUID,
    "assignedOrgId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePhoto" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CasePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "actorUserId" UUID,
    "type" TEXT NOT NULL,
    "field" TEXT,
    "oldValue" TEXT,
    "newValue" TEXT,
    "reason" TEXT,
    "body" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuplicateCandidate" (
    "caseId" UUID NOT NULL,
    "otherCaseId" UUID NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "DuplicateCandidate_pkey" PRIMARY KEY ("caseId","otherCaseId")
);

-- CreateTable
CREATE TABLE "CaseAccessLog" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tip" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "submissionId" TEXT,
    "body" TEXT NOT NULL,
    "seenWhere" TEXT,
    "seenWhen" TEXT,
    "contact" TEXT,
    "locale" VARCHAR(5) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Tip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "ipHash" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "countryCode" VARCHAR(2) NOT NULL,
    "regionId" UUID,
    "venue" TEXT NOT NULL,
    "partnerOrgs" TEXT[],
    "parentSessionId" UUID,
    "materials" TEXT,
    "capacity" INTEGER,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSessionTrainer" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "TrainingSessionTrainer_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "TrainingAttendee" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "rank" TEXT,
    "unit" TEXT,
    "regionId" UUID,
    "email" TEXT,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "completedAt" TIMESTAMP(3),
    "certificateCodeHash" TEXT,
    "certificateIssuedAt" TIMESTAMP(3),
    "promotedUserId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingTarget" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countryCode" VARCHAR(2) NOT NULL,
    "regionId" UUID,
    "target" INTEGER NOT NULL,

    CONSTRAINT "TrainingTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_casePrefix_key" ON "Country"("casePrefix");

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_countryCode_idx" ON "Region"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_countryCode_name_key" ON "Organization"("countryCode", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_countryCode_role_idx" ON "User"("countryCode", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Case_caseNumber_key" ON "Case"("caseNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Case_publicId_key" ON "Case"("publicId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_submissionId_key" ON "Case"("submissionId");

-- CreateIndex
CREATE INDEX "Case_countryCode_status_idx" ON "Case"("countryCode", "status");

-- CreateIndex
CREATE INDEX "Case_practiceSessionId_idx" ON "Case"("practiceSessionId");

-- CreateIndex
CREATE INDEX "Case_lastSeenAt_idx" ON "Case"("lastSeenAt");

-- CreateIndex
CREATE INDEX "Case_identityDocument_idx" ON "Case"("identityDocument");

-- CreateIndex
CREATE INDEX "Case_reporterPhoneDigits_idx" ON "Case"("reporterPhoneDigits");

-- CreateIndex
CREATE INDEX "Case_searchName_trgm_idx" ON "Case" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "CasePhoto_caseId_position_key" ON "CasePhoto"("caseId", "position");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_createdAt_idx" ON "CaseEvent"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "DuplicateCandidate_otherCaseId_idx" ON "DuplicateCandidate"("otherCaseId");

-- CreateIndex
CREATE INDEX "CaseAccessLog_caseId_createdAt_idx" ON "CaseAccessLog"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseAccessLog_userId_createdAt_idx" ON "CaseAccessLog"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Tip_submissionId_key" ON "Tip"("submissionId");

-- CreateIndex
CREATE INDEX "Tip_caseId_createdAt_idx" ON "Tip"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ipHash_createdAt_idx" ON "LoginAttempt"("ipHash", "createdAt");

-- CreateIndex
CREATE INDEX "TrainingSession_countryCode_startDate_idx" ON "TrainingSession"("countryCode", "startDate");

-- CreateIndex
CREATE INDEX "TrainingSession_parentSessionId_idx" ON "TrainingSession"("parentSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAttendee_certificateCodeHash_key" ON "TrainingAttendee"("certificateCodeHash");

-- CreateIndex
CREATE INDEX "TrainingAttendee_sessionId_idx" ON "TrainingAttendee"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingTarget_countryCode_regionId_key" ON "TrainingTarget"("countryCode", "regionId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_practiceSessionId_fkey" FOREIGN KEY ("practiceSessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_practiceSessionId_fkey" FOREIGN KEY ("practiceSessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assignedUserId_fkey" FOREIGN KEY ("assignedUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assignedOrgId_fkey" FOREIGN KEY ("assignedOrgId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasePhoto" ADD CONSTRAINT "CasePhoto_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateCandidate" ADD CONSTRAINT "DuplicateCandidate_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateCandidate" ADD CONSTRAINT "DuplicateCandidate_otherCaseId_fkey" FOREIGN KEY ("otherCaseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccessLog" ADD CONSTRAINT "CaseAccessLog_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccessLog" ADD CONSTRAINT "CaseAccessLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tip" ADD CONSTRAINT "Tip_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_parentSessionId_fkey" FOREIGN KEY ("parentSessionId") REFERENCES "TrainingSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSessionTrainer" ADD CONSTRAINT "TrainingSessionTrainer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSessionTrainer" ADD CONSTRAINT "TrainingSessionTrainer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_promotedUserId_fkey" FOREIGN KEY ("promotedUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingTarget" ADD CONSTRAINT "TrainingTarget_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingTarget" ADD CONSTRAINT "TrainingTarget_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

