-- Case lookup by identity document, however the officer types it: "RUT 12.345.678-K",
-- "12345678-k" and "12345678K" share one key. Leading type words ("CI", "DNI", "Cédula") and a
-- trailing issuing-place suffix ("1234567 LP") are dropped, then everything but letters and
-- digits. src/features/cases/normalize.ts documentKey() is the same function in TypeScript.
CREATE OR REPLACE FUNCTION case_doc_key(doc text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT upper(regexp_replace(
    regexp_replace(regexp_replace(doc, '^[^0-9]*', ''), '\s+[A-Za-z]+$', ''),
    '[^0-9A-Za-z]', '', 'g'))
$$;

CREATE INDEX "Case_docKey_idx" ON "Case" (case_doc_key("identityDocument"));

-- Lookups and date sorting happen inside a country much of the time.
CREATE INDEX "Case_countryCode_lastSeenAt_idx" ON "Case" ("countryCode", "lastSeenAt");
