-- AlterTable
ALTER TABLE "KnowledgeCheck" ADD COLUMN     "graded" JSONB;

-- CreateTable
CREATE TABLE "KnowledgeQuestion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countryCode" VARCHAR(2) NOT NULL,
    "builtinId" TEXT,
    "position" INTEGER NOT NULL,
    "text" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "correct" INTEGER NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KnowledgeQuestion_countryCode_position_idx" ON "KnowledgeQuestion"("countryCode", "position");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeQuestion_countryCode_builtinId_key" ON "KnowledgeQuestion"("countryCode", "builtinId");

-- AddForeignKey
ALTER TABLE "KnowledgeQuestion" ADD CONSTRAINT "KnowledgeQuestion_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

