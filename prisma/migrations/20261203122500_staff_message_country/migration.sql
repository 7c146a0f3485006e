-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN     "countryCode" VARCHAR(2);

-- CreateIndex
CREATE INDEX "OutboundMessage_countryCode_updatedAt_idx" ON "OutboundMessage"("countryCode", "updatedAt");
