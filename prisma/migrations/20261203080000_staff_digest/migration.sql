-- AlterEnum
ALTER TYPE "InboxKind" ADD VALUE 'DIGEST';

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "emailDigest" SET DEFAULT true;

-- The digest was an opt-in nobody could set (no page offered it): every account starts with it on,
-- and turns it off on /account.
UPDATE "User" SET "emailDigest" = true WHERE "emailDigest" = false;
