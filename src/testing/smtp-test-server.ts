// A real SMTP server on a local port (the smtp-server package; a random one unless given),
// collecting what arrives and handing each message to `onMail` too (the e2e mail sink).
// `stallNext()` makes the next message's DATA hang, to kill a sender mid-delivery.
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
  raw: string;
}

function decodeWords(v: string): string {
  // RFC 2047: whitespace between two adjacent encoded words is not part of the text.
  return v
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQp(data.replace(/_/g, " ")),
    );
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  const src = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < src.length; i++) {
    if (src[i] === "=" && /^[0-9A-F]{2}$/i.test(src.slice(i + 1, i + 3))) {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(src[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  const cte = (headers["content-transfer-encoding"] ?? "").toLowerCase();
  const text =
    cte === "quoted-printable"
      ? decodeQp(body)
      : cte === "base64"
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : body;
  return { to, headers, subject: headers.subject ?? "", text: text.replace(/\r\n/g, "\n").trimEnd(), raw };
}

export interface SmtpTestServerOptions {
  port?: number;
  onMail?: (mail: ReceivedMail) => void;
}

export async function startSmtpTestServer(opts: SmtpTestServerOptions = {}) {
  const mails: ReceivedMail[] = [];
  let stall = 0;
  const dataStarted: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      dataStarted.splice(0).forEach((f) => f());
      if (stall > 0) {
        stall--;
        stream.resume(); // read it, never answer: the client waits until it is killed
        return;
      }
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const mail = parseMail(Buffer.concat(chunks).toString("utf8"), to);
        mails.push(mail);
        opts.onMail?.(mail);
        callback();
      });
    },
  });
  // A client killed mid-message (the crash test) resets its connection: expected here, and an
  // unhandled 'error' event would fail the whole test run.
  server.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "ECONNRESET") throw err;
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, "127.0.0.1", r));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    stallNext() {
      stall++;
    },
    /** Resolves when a client starts sending DATA. */
    nextData(): Promise<void> {
      return new Promise((r) => dataStarted.push(r));
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
