-- Word-level name lookup (docs/decisions/031). A trigram scan over a million full names reads
-- huge posting lists (every "maria", every "perez"); matching word by word is far cheaper:
-- 1. "CaseNameWord" holds each distinct word of Case.searchName once (a few thousand rows even
--    for millions of cases). A typed word is expanded to the dictionary words it resembles.
-- 2. A GIN index over the words of searchName finds the cases containing one of those words for
--    every typed word (an AND of overlaps, which GIN intersects without reading whole lists).
-- The dictionary is kept by a trigger, so every writer of "Case" (intake, seed, training
-- sandbox) feeds it without knowing about it. Words are never removed: a stale word only costs
-- one row and can never reveal a case, as results always come from "Case" under the scope.
CREATE TABLE "CaseNameWord" (
    "word" TEXT NOT NULL,
    CONSTRAINT "CaseNameWord_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "CaseNameWord_word_trgm_idx" ON "CaseNameWord" USING GIN ("word" gin_trgm_ops);

CREATE INDEX "Case_searchWords_idx" ON "Case" USING GIN (string_to_array("searchName", ' '));

-- Inserts: once per statement over all new rows (bulk loads stay fast).
CREATE OR REPLACE FUNCTION case_name_words_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CaseNameWord" ("word")
  SELECT DISTINCT w FROM new_rows, unnest(string_to_array(new_rows."searchName", ' ')) AS w WHERE w <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Case_name_words_insert"
AFTER INSERT ON "Case" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION case_name_words_insert();

-- Updates of the name (transition tables cannot be combined with a column list): per row.
CREATE OR REPLACE FUNCTION case_name_words_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CaseNameWord" ("word")
  SELECT DISTINCT w FROM unnest(string_to_array(NEW."searchName", ' ')) AS w WHERE w <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Case_name_words_update"
AFTER UPDATE OF "searchName" ON "Case"
FOR EACH ROW EXECUTE FUNCTION case_name_words_update();

INSERT INTO "CaseNameWord" ("word")
SELECT DISTINCT w FROM "Case", unnest(string_to_array("searchName", ' ')) AS w WHERE w <> ''
ON CONFLICT DO NOTHING;
