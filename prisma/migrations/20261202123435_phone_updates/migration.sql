-- AlterEnum
ALTER TYPE "MessageChannel" ADD VALUE 'SMS';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "notifyByPhone" BOOLEAN NOT NULL DEFAULT false;

