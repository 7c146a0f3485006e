-- AlterEnum
ALTER TYPE "MatchStatus" ADD VALUE 'CANDIDATE';

