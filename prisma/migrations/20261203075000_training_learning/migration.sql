-- CreateEnum
CREATE TYPE "KnowledgePhase" AS ENUM ('BEFORE', 'AFTER');

-- AlterTable
ALTER TABLE "TrainingAttendee" ADD COLUMN     "exercisesPassed" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "practiceLoginId" UUID;

-- CreateTable
CREATE TABLE "TrainingLevelRule" (
    "countryCode" VARCHAR(2) NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "requiredExercises" INTEGER NOT NULL,

    CONSTRAINT "TrainingLevelRule_pkey" PRIMARY KEY ("countryCode","kind")
);

-- CreateTable
CREATE TABLE "KnowledgeCheck" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "attendeeId" UUID NOT NULL,
    "phase" "KnowledgePhase" NOT NULL,
    "answers" JSONB NOT NULL,
    "score" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeCheck_attendeeId_phase_key" ON "KnowledgeCheck"("attendeeId", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAttendee_practiceLoginId_key" ON "TrainingAttendee"("practiceLoginId");

-- AddForeignKey
ALTER TABLE "TrainingAttendee" ADD CONSTRAINT "TrainingAttendee_practiceLoginId_fkey" FOREIGN KEY ("practiceLoginId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingLevelRule" ADD CONSTRAINT "TrainingLevelRule_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeCheck" ADD CONSTRAINT "KnowledgeCheck_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "TrainingAttendee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

