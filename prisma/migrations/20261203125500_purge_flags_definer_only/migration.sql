-- The retention exceptions of the append-only triggers (decisions 141, 143) were opened by a
-- transaction-local setting alone, and any role may set a custom setting: the app's own role
-- could raise the flag by hand and delete access-log rows older than the floor that its
-- country's rule still keeps, or blank an anonymised case's history outside the function. Now a
-- flag counts only while the SECURITY DEFINER function that raises it is running: inside it,
-- current_user is the function's owner; a statement of the app role runs as the app role.
CREATE OR REPLACE FUNCTION "purge_flag_raised_by"(fn_name text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND p.proname = fn_name AND p.prosecdef
      AND pg_get_userbyid(p.proowner) = current_user
  );
$$;

CREATE OR REPLACE FUNCTION "audit_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "Case" WHERE "id" = OLD."caseId") THEN
      RETURN OLD;
    END IF;
    IF TG_TABLE_NAME = 'CaseAccessLog'
       AND current_setting('reencuentro.access_log_purge', true) = 'on'
       AND "purge_flag_raised_by"('case_access_log_purge')
       AND OLD."createdAt" < (now() AT TIME ZONE 'UTC') - interval '1 year' THEN
      RETURN OLD;
    END IF;
  ELSIF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'CaseEvent' THEN
    IF OLD."actorUserId" IS NOT NULL AND NEW."actorUserId" IS NULL
       AND (to_jsonb(NEW) - 'actorUserId') = (to_jsonb(OLD) - 'actorUserId')
       AND NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."actorUserId") THEN
      RETURN NEW;
    END IF;
    IF current_setting('reencuentro.anonymise_case', true) = OLD."caseId"::text
       AND "purge_flag_raised_by"('case_event_anonymise')
       AND EXISTS (SELECT 1 FROM "Case" WHERE "id" = OLD."caseId" AND "anonymisedAt" IS NOT NULL)
       AND (to_jsonb(NEW) - ARRAY['body', 'reason', 'oldValue', 'newValue'])
           = (to_jsonb(OLD) - ARRAY['body', 'reason', 'oldValue', 'newValue'])
       AND (NEW."body" IS NULL OR NEW."body" IS NOT DISTINCT FROM OLD."body")
       AND (NEW."reason" IS NULL OR NEW."reason" IS NOT DISTINCT FROM OLD."reason")
       AND (NEW."oldValue" IS NULL OR NEW."oldValue" IS NOT DISTINCT FROM OLD."oldValue")
       AND (NEW."newValue" IS NULL OR NEW."newValue" IS NOT DISTINCT FROM OLD."newValue") THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('reencuentro.audit_purge', true) = 'on'
     AND "purge_flag_raised_by"('audit_event_purge')
     AND OLD."createdAt" < (now() AT TIME ZONE 'UTC') - interval '5 years' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
