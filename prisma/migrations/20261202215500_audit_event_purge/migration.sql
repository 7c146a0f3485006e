-- The audit trail's own retention (decision 143): rows older than five years may go, and only
-- through audit_event_purge(), which raises a transaction-local flag that the append-only trigger
-- reads. A plain DELETE, or one with the flag but on a younger row, is still refused; UPDATE and
-- TRUNCATE stay refused always. Times are compared in UTC, as Prisma stores them.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('reencuentro.audit_purge', true) = 'on'
     AND OLD."createdAt" < (now() AT TIME ZONE 'UTC') - interval '5 years' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% rows are append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE FUNCTION "audit_event_purge"(older_than interval) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  removed integer;
BEGIN
  IF older_than IS NULL OR older_than < interval '5 years' THEN
    RAISE EXCEPTION 'audit_event_purge: % is shorter than the five-year audit period', older_than
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('reencuentro.audit_purge', 'on', true);
  DELETE FROM "AuditEvent" WHERE "createdAt" < (now() AT TIME ZONE 'UTC') - older_than;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('reencuentro.audit_purge', 'off', true);
  RETURN removed;
END;
$$;
