-- CreateTable
CREATE TABLE "TrainingLevelTarget" (
    "countryCode" VARCHAR(2) NOT NULL,
    "level" INTEGER NOT NULL,
    "target" INTEGER NOT NULL,

    CONSTRAINT "TrainingLevelTarget_pkey" PRIMARY KEY ("countryCode","level")
);

-- AddForeignKey
ALTER TABLE "TrainingLevelTarget" ADD CONSTRAINT "TrainingLevelTarget_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A level is a depth in the cascade, a target a number of people to train.
ALTER TABLE "TrainingLevelTarget" ADD CONSTRAINT "TrainingLevelTarget_values_check" CHECK ("level" >= 0 AND "target" > 0);
