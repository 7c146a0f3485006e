-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "submissionHash" TEXT;

