-- DropForeignKey
ALTER TABLE "DuplicateCandidate" DROP CONSTRAINT "DuplicateCandidate_caseId_fkey";

-- DropForeignKey
ALTER TABLE "DuplicateCandidate" DROP CONSTRAINT "DuplicateCandidate_otherCaseId_fkey";

-- AlterTable
ALTER TABLE "Case" DROP COLUMN "possibleDuplicate";

-- DropTable
DROP TABLE "DuplicateCandidate";

