-- A purge flag counted whenever current_user was the owner of the function that raises it, so a
-- session connected as the owner (migrations, a maintenance shell) that set the flag by hand
-- opened the append-only triggers outside the function. Now the function must also be running:
-- its frame must be on the call stack (PG_CONTEXT) of the statement the trigger guards. The
-- owner can still drop the trigger itself; this closes the accidental path, not that one.
CREATE OR REPLACE FUNCTION "purge_flag_raised_by"(fn_name text) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = public AS $$
DECLARE
  stack text;
BEGIN
  GET DIAGNOSTICS stack = PG_CONTEXT;
  RETURN EXISTS (
    SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND p.proname = fn_name AND p.prosecdef
      AND pg_get_userbyid(p.proowner) = current_user
  )
  -- A frame line of the function itself. (A statement's own text, quoted in the stack, could
  -- imitate one; only an owner writing it on purpose would, and the owner can drop the trigger.)
  AND stack ~ ('(^|\n)PL/pgSQL function ' || fn_name || '\(');
END;
$$;
