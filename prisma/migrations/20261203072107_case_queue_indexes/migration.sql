-- DropIndex
DROP INDEX "Case_countryCode_status_idx";

-- CreateIndex
CREATE INDEX "Case_countryCode_status_createdAt_idx" ON "Case"("countryCode", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Case_assignedUserId_createdAt_idx" ON "Case"("assignedUserId", "createdAt");

