-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "consentPublishDescription" BOOLEAN NOT NULL DEFAULT false;

