// The errors the public removal form can show after a redirect, as short codes in the URL: a
// code outside this list shows the generic message, so the address cannot inject text.
const ERRORS = {
  required: "validation:required",
  tooLong: "validation:tooLong",
  invalid: "validation:invalid",
  notFound: "common:errors.notFound",
  rateLimited: "common:errors.rateLimited",
  busy: "common:errors.busy",
  unexpected: "common:errors.unexpected",
} as const;

type Code = keyof typeof ERRORS;

export function errorCodeOf(key: string | undefined): Code {
  const hit = (Object.entries(ERRORS) as [Code, string][]).find(([, k]) => k === key);
  return hit?.[0] ?? (key?.startsWith("validation:") ? "invalid" : "unexpected");
}

export function errorKeyOf(code: unknown): string | null {
  return typeof code === "string" && code in ERRORS ? ERRORS[code as Code] : null;
}
