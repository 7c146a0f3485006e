-- CreateEnum
CREATE TYPE "RemovalSource" AS ENUM ('FAMILY', 'PUBLIC');

-- CreateEnum
CREATE TYPE "RemovalReason" AS ENUM ('SAFE_SELF', 'WRONG', 'ENDANGERS', 'WITHDRAW_CLAIM');

-- CreateEnum
CREATE TYPE "RemovalStatus" AS ENUM ('PENDING', 'KEPT_HIDDEN', 'RESTORED');

-- AlterEnum
ALTER TYPE "InboxKind" ADD VALUE 'REMOVAL';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "publicHiddenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RemovalRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "source" "RemovalSource" NOT NULL,
    "reason" "RemovalReason" NOT NULL,
    "message" TEXT,
    "locale" VARCHAR(5) NOT NULL,
    "hidPage" BOOLEAN NOT NULL DEFAULT false,
    "ipHash" TEXT,
    "status" "RemovalStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemovalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RemovalRequest_caseId_createdAt_idx" ON "RemovalRequest"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "RemovalRequest_status_createdAt_idx" ON "RemovalRequest"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "RemovalRequest" ADD CONSTRAINT "RemovalRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

