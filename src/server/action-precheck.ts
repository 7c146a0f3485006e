// What the portal's own HTTP server (scripts/start.ts) checks on a server-action request before
// Next decodes it. Next 16 answers 500 and logs its own stack ("SyntaxError ... is not valid
// JSON", "Invalid URL", "Unexpected end of form", "Connection closed.") when a request carries a
// non-URL Origin, a multipart body that does not parse, or an argument encoding React cannot
// decode (upstream vercel/next.js#86945, #92703): the client is at fault, so we answer 400 and
// Next never sees it. Only the envelope is checked (the shape React's encodeReply always
// produces), never the arguments themselves: those are the action's to validate.
// See docs/decisions/076-malformed-action-requests.md. No server-only imports: runs outside Next.
import type { IncomingHttpHeaders } from "node:http";

/** Next's own limit is `experimental.serverActions.bodySizeLimit` (26 MB, next.config.ts). */
export const MAX_ACTION_BODY_BYTES = 27 * 1024 * 1024;

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * A request Next may treat as a server action: a POST outside /api with a Next-Action header
 * (a fetch action) or a multipart body (a form posted without JavaScript).
 */
export function isPossibleAction(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
) {
  if (method !== "POST" || !url || url.startsWith("/api/") || url === "/api") return false;
  if (header(headers, "next-action") !== undefined) return true;
  return /^multipart\/form-data/i.test(header(headers, "content-type") ?? "");
}

/**
 * Why the Origin header refuses the request, or null. A non-URL Origin would make Next throw on
 * `new URL(origin)` (500). Without a trusted proxy (forwarding headers already stripped, 071) Next
 * compares the Origin's host with Host and answers a mismatch with 500 and a logged error; the
 * same comparison here answers 403 quietly. Behind a trusted proxy Next's own check decides.
 */
export function originProblem(headers: IncomingHttpHeaders, trustedProxy = false): string | null {
  const origin = headers.origin;
  if (origin === undefined || origin === "null") return null;
  if (Array.isArray(origin)) return "several Origin headers";
  if (!URL.canParse(origin)) return "Origin is not a URL";
  if (!trustedProxy && new URL(origin).host !== headers.host) return "cross-site";
  return null;
}

// React's reply references (parseModelString of react-server-dom): "$<hex>" and "$<tag><hex>",
// optionally followed by ":path" into that row, point at another row (a form field named by the
// decimal id; row 0 is the arguments themselves). "$$..." is an escaped string; the tags in
// INLINE carry their value in place. Anything else after "$" is a reference React would wait for
// until the body ends ("Connection closed.").
const INLINE = new Set(["$", "I", "N", "-", "u", "D", "n", "H", "T"]);
const REFERENCE = /^\$([@hQWKiAOoUSsLlGgMmVBRrXx]?)([0-9a-f]+)(:.*)?$/;

/** Collects every row reference in `value`; false for a "$" string React could not resolve. */
function referencesOf(value: unknown, out: { tag: string; id: string }[], depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || INLINE.has(value[1] ?? "")) return true;
    const m = REFERENCE.exec(value);
    if (!m) return false;
    out.push({ tag: m[1] ?? "", id: m[2] ?? "" });
    return true;
  }
  if (Array.isArray(value)) return value.every((v) => referencesOf(v, out, depth + 1));
  if (value && typeof value === "object")
    return Object.values(value).every((v) => referencesOf(v, out, depth + 1));
  return true;
}

/** The arguments row: JSON of an array, with references React can resolve from `has`. */
function argumentsProblem(text: string, has: (field: string) => boolean): string | null {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return "arguments are not JSON";
  }
  if (!Array.isArray(root)) return "arguments are not a list";
  const refs: { tag: string; id: string }[] = [];
  if (!referencesOf(root, refs)) return "unknown argument reference";
  // A FormData argument ("$K<id>") owns the fields "<id>_name"; it may be empty.
  for (const { tag, id } of refs) if (tag !== "K" && !has(String(parseInt(id, 16)))) return "missing row";
  return null;
}

/**
 * Why the body of a possible action cannot be decoded, or null. Fetch actions send either a
 * text body (the arguments row) or multipart with the arguments in field "0"; a form posted
 * without JavaScript is multipart that must at least parse.
 */
export async function bodyProblem(headers: IncomingHttpHeaders, body: Buffer): Promise<string | null> {
  const contentType = header(headers, "content-type") ?? "";
  const fetchAction = header(headers, "next-action") !== undefined;
  if (!/^multipart\/form-data/i.test(contentType)) {
    return fetchAction ? argumentsProblem(body.toString("utf8"), (field) => field === "0") : null;
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return "multipart body does not parse";
  }
  if (!fetchAction) return null;
  const args = form.get("0");
  if (typeof args !== "string") return "arguments row missing";
  return argumentsProblem(args, (field) => field === "0" || form.has(field));
}
