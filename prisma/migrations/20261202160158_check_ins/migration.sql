-- CreateEnum
CREATE TYPE "CheckInAnswer" AS ENUM ('STILL_MISSING', 'CAME_HOME', 'NEW_INFO');

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "caseId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answer" "CheckInAnswer",
    "answeredAt" TIMESTAMP(3),
    "answeredVia" "MessageChannel",

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_caseId_number_key" ON "CheckIn"("caseId", "number");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

