-- CreateEnum
CREATE TYPE "CrossBorderConsent" AS ENUM ('NETWORK', 'IDENTIFYING', 'OWN_COUNTRY');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "crossBorderConsent" "CrossBorderConsent" NOT NULL DEFAULT 'NETWORK',
ADD COLUMN     "sealedAt" TIMESTAMP(3),
ADD COLUMN     "sealedById" UUID;

