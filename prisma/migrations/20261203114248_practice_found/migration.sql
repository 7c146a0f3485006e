-- AlterTable
ALTER TABLE "FoundPerson" ADD COLUMN     "practiceSessionId" UUID;

-- CreateIndex
CREATE INDEX "FoundPerson_practiceSessionId_idx" ON "FoundPerson"("practiceSessionId");

-- AddForeignKey
ALTER TABLE "FoundPerson" ADD CONSTRAINT "FoundPerson_practiceSessionId_fkey" FOREIGN KEY ("practiceSessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

