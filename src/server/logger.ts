// Structured JSON logs (pino), one object a line, each with the request id when there is one.
// Personal data stays out: errors are logged by name, code and stack frames, and their message
// with every quoted value, e-mail address and long number replaced, because driver and Prisma
// messages echo the query's arguments (a name, a phone number) verbatim.
// No server-only imports: the start script logs through it too.
import pino, { type DestinationStream } from "pino";
import { env } from "./env";
import { currentRequestId } from "./request-context";

const QUOTED = /(["'`])(?:(?!\1)[^\\]|\\.){0,2000}?\1/g;
const EMAIL = /[^\s@"'<>(),;]+@[^\s@"'<>(),;]+/g;
const LONG_NUMBER = /\+?\d[\d\s().-]{5,}\d/g;

/** A message with the values it may echo removed: structure kept, data gone. */
export function scrubMessage(message: string): string {
  return message
    .slice(0, 4000)
    .replace(QUOTED, "$1…$1")
    .replace(EMAIL, "[email]")
    .replace(LONG_NUMBER, "[number]");
}

type ErrorShape = { name?: unknown; code?: unknown; message?: unknown; stack?: unknown; cause?: unknown };

/** What of an error goes into a log line. */
export function errorForLog(err: unknown, depth = 0): Record<string, unknown> {
  if (!err || typeof err !== "object") return { value: typeof err };
  const e = err as ErrorShape;
  const frames = typeof e.stack === "string" ? e.stack.split("\n").filter((l) => /^\s+at /.test(l)) : [];
  return {
    name: typeof e.name === "string" ? e.name : err.constructor?.name,
    ...(typeof e.code === "string" || typeof e.code === "number" ? { code: e.code } : {}),
    message: typeof e.message === "string" ? scrubMessage(e.message) : undefined,
    stack: frames.slice(0, 12).map((l) => scrubMessage(l.trim())),
    ...(e.cause && depth < 3 ? { cause: errorForLog(e.cause, depth + 1) } : {}),
  };
}

// Under vitest the lines go through console.error / console.warn, so that a test can silence
// them or fail on them (spyOn(console, "error")) as it could before the logger existed.
const consoleDestination: DestinationStream = {
  write(line: string) {
    const level = /"level":"(\w+)"/.exec(line)?.[1];
    const out =
      level === "error" || level === "fatal" ? console.error : level === "warn" ? console.warn : console.log;
    out(line.trimEnd());
  },
};

function createLogger(destination?: DestinationStream) {
  return pino(
    {
      level: env().LOG_LEVEL,
      base: { service: "reencuentro" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination ?? (env().VITEST ? consoleDestination : pino.destination({ fd: 1, sync: false })),
  );
}

const KEY = Symbol.for("reencuentro.logger");
const slot = globalThis as unknown as Record<symbol, pino.Logger | undefined>;

/** The process's logger (one for the start script and Next's bundle alike). */
export function log(): pino.Logger {
  return (slot[KEY] ??= createLogger());
}

/** Tests: send the log to `destination` (at `level`) instead of stdout; no destination: back. */
export function useLogDestination(destination?: DestinationStream, level = "info"): void {
  if (!destination) {
    delete slot[KEY];
    return;
  }
  slot[KEY] = createLogger(destination);
  slot[KEY].level = level;
}
