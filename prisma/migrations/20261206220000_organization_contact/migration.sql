-- A unit's own phone line and opening hours for families (issue 14): shown on the receipt and the
-- track page's contact point; a unit without a phone falls back to the national police line.
ALTER TABLE "Organization" ADD COLUMN "contactPhone" VARCHAR(40),
ADD COLUMN "contactHours" VARCHAR(200);
