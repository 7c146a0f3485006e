// Turns connection failures into a sentence an operator can act on, instead of a stack trace.
export function describeDbError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const url = process.env.DATABASE_URL;
  const where = url ? redactUrl(url) : "the embedded database (PGlite)";
  switch (e?.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return `Cannot reach the database at ${where} (${e.code}). Is PostgreSQL running and DATABASE_URL correct?`;
    case "28P01":
    case "28000":
      return `The database at ${where} refused the credentials in DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist (${where}). Create it first.`;
    default:
      return `Database error at ${where}: ${e?.message ?? String(err)}`;
  }
}

/** Hides the password of a connection URL before it reaches a log. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
