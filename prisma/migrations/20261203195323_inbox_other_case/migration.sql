-- AlterTable
ALTER TABLE "InboxItem" ADD COLUMN     "otherCaseId" UUID;

-- AddForeignKey
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_otherCaseId_fkey" FOREIGN KEY ("otherCaseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Deleting a claim cascades to the alerts that name it second.
CREATE INDEX "InboxItem_otherCaseId_idx" ON "InboxItem"("otherCaseId");

-- Existing alerts about a pair of claims get their second claim from the proposal behind them.
UPDATE "InboxItem" i SET "otherCaseId" = mp."otherCaseId"
FROM "MatchProposal" mp
WHERE i.kind IN ('MATCH', 'REQUEST') AND i."refId" = mp.id::text AND mp."otherCaseId" IS NOT NULL;
