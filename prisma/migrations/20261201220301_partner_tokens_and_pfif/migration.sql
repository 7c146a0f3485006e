-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isServiceAccount" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "pfifRecordId" TEXT,
ADD COLUMN     "sourceDate" TIMESTAMP(3),
ADD COLUMN     "sourceName" TEXT,
ADD COLUMN     "sourceTokenId" UUID,
ADD COLUMN     "sourceUrl" TEXT;

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organizationId" UUID NOT NULL,
    "serviceUserId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "countryCodes" TEXT[],
    "rateLimitPerMinute" INTEGER NOT NULL DEFAULT 120,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiCall" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tokenId" UUID NOT NULL,
    "method" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PfifNoteImport" (
    "noteRecordId" TEXT NOT NULL,
    "caseId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "sourceDate" TIMESTAMP(3) NOT NULL,
    "status" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PfifNoteImport_pkey" PRIMARY KEY ("noteRecordId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_serviceUserId_key" ON "ApiToken"("serviceUserId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_prefix_key" ON "ApiToken"("prefix");

-- CreateIndex
CREATE INDEX "ApiToken_organizationId_idx" ON "ApiToken"("organizationId");

-- CreateIndex
CREATE INDEX "ApiCall_tokenId_createdAt_idx" ON "ApiCall"("tokenId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PfifNoteImport_eventId_key" ON "PfifNoteImport"("eventId");

-- CreateIndex
CREATE INDEX "PfifNoteImport_caseId_idx" ON "PfifNoteImport"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_pfifRecordId_key" ON "Case"("pfifRecordId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_sourceTokenId_fkey" FOREIGN KEY ("sourceTokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_serviceUserId_fkey" FOREIGN KEY ("serviceUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiCall" ADD CONSTRAINT "ApiCall_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PfifNoteImport" ADD CONSTRAINT "PfifNoteImport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PfifNoteImport" ADD CONSTRAINT "PfifNoteImport_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CaseEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

