-- CreateTable
CREATE TABLE "PracticeMatchReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "foundPersonId" UUID NOT NULL,
    "samePerson" BOOLEAN NOT NULL,
    "decision" "MatchStatus",
    "reason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeMatchReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PracticeMatchReview_userId_idx" ON "PracticeMatchReview"("userId");

-- CreateIndex
CREATE INDEX "PracticeMatchReview_caseId_idx" ON "PracticeMatchReview"("caseId");

-- CreateIndex
CREATE INDEX "PracticeMatchReview_foundPersonId_idx" ON "PracticeMatchReview"("foundPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeMatchReview_sessionId_userId_key" ON "PracticeMatchReview"("sessionId", "userId");

-- AddForeignKey
ALTER TABLE "PracticeMatchReview" ADD CONSTRAINT "PracticeMatchReview_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMatchReview" ADD CONSTRAINT "PracticeMatchReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMatchReview" ADD CONSTRAINT "PracticeMatchReview_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeMatchReview" ADD CONSTRAINT "PracticeMatchReview_foundPersonId_fkey" FOREIGN KEY ("foundPersonId") REFERENCES "FoundPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

