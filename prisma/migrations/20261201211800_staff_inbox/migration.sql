-- CreateEnum
CREATE TYPE "InboxKind" AS ENUM ('NEW_CLAIM', 'TIP', 'CHECK_IN', 'MATCH', 'ALERT', 'REQUEST', 'STALE_CASE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailAlerts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "emailDigest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CountryNeighbour" (
    "countryCode" VARCHAR(2) NOT NULL,
    "neighbourCode" VARCHAR(2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountryNeighbour_pkey" PRIMARY KEY ("countryCode","neighbourCode")
);

-- CreateTable
CREATE TABLE "InboxItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "InboxKind" NOT NULL,
    "caseId" UUID,
    "recipientUserId" UUID,
    "audienceCountryCode" VARCHAR(2),
    "audienceRoles" "Role"[],
    "audienceRegionId" UUID,
    "fromCountryCode" VARCHAR(2),
    "actorUserId" UUID,
    "reasons" TEXT[],
    "body" TEXT,
    "refId" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboxItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboxReceipt" (
    "itemId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "readAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "InboxReceipt_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "InboxItem_dedupeKey_key" ON "InboxItem"("dedupeKey");

-- CreateIndex
CREATE INDEX "InboxItem_recipientUserId_createdAt_idx" ON "InboxItem"("recipientUserId", "createdAt");

-- CreateIndex
CREATE INDEX "InboxItem_audienceCountryCode_createdAt_idx" ON "InboxItem"("audienceCountryCode", "createdAt");

-- CreateIndex
CREATE INDEX "InboxItem_caseId_idx" ON "InboxItem"("caseId");

-- CreateIndex
CREATE INDEX "InboxReceipt_userId_idx" ON "InboxReceipt"("userId");

-- AddForeignKey
ALTER TABLE "CountryNeighbour" ADD CONSTRAINT "CountryNeighbour_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryNeighbour" ADD CONSTRAINT "CountryNeighbour_neighbourCode_fkey" FOREIGN KEY ("neighbourCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxReceipt" ADD CONSTRAINT "InboxReceipt_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "InboxItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxReceipt" ADD CONSTRAINT "InboxReceipt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- An inbox item has exactly one kind of address: one user, or a country's staff in some roles.
ALTER TABLE "InboxItem" ADD CONSTRAINT "InboxItem_one_address" CHECK (
  ("recipientUserId" IS NOT NULL AND "audienceCountryCode" IS NULL)
  OR ("recipientUserId" IS NULL AND "audienceCountryCode" IS NOT NULL AND cardinality("audienceRoles") > 0)
);
