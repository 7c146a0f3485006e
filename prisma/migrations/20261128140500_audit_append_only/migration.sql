-- Case history (CaseEvent) and case access log (CaseAccessLog) are append-only in the database
-- itself, not only in the app: an UPDATE or DELETE raises, whoever sends it.
--
-- Two exceptions, both made by PostgreSQL's own foreign-key actions, never by a statement aimed
-- at these tables:
--   * DELETE is allowed only once the row's case no longer exists, i.e. as the ON DELETE CASCADE
--     of deleting the whole case. The app deletes cases only when a trainer wipes a training
--     session's practice sandbox; real cases are never deleted by the app.
--   * UPDATE of CaseEvent."actorUserId" to NULL is allowed only once that user no longer exists,
--     i.e. as the ON DELETE SET NULL of deleting a (practice) login.
-- TRUNCATE is refused outright. See docs/decisions/023-append-only-audit.md.

CREATE OR REPLACE FUNCTION "audit_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "Case" WHERE "id" = OLD."caseId") THEN
      RETURN OLD;
    END IF;
  ELSIF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'CaseEvent' THEN
    IF OLD."actorUserId" IS NOT NULL AND NEW."actorUserId" IS NULL
       AND (to_jsonb(NEW) - 'actorUserId') = (to_jsonb(OLD) - 'actorUserId')
       AND NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."actorUserId") THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE FUNCTION "audit_no_truncate"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only: TRUNCATE refused', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "CaseEvent_append_only"
  BEFORE UPDATE OR DELETE ON "CaseEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_append_only"();

CREATE TRIGGER "CaseAccessLog_append_only"
  BEFORE UPDATE OR DELETE ON "CaseAccessLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_append_only"();

CREATE TRIGGER "CaseEvent_no_truncate"
  BEFORE TRUNCATE ON "CaseEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_no_truncate"();

CREATE TRIGGER "CaseAccessLog_no_truncate"
  BEFORE TRUNCATE ON "CaseAccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_no_truncate"();
