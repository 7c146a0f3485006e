// The SMTP server the e2e portal sends through (playwright.config.ts starts it before the
// portal): a real smtp-server on a local port that writes each message it accepts to the
// mailbox directory as JSON, emptied at start, for specs to read (e2e/fixtures/mail.ts).
import fs from "node:fs";
import path from "node:path";
import { startSmtpTestServer } from "../src/testing/smtp-test-server";

async function main() {
  const port = Number(process.argv[2]);
  const dir = process.argv[3];
  if (!port || !dir) throw new Error("usage: tsx e2e/smtp-sink.ts PORT DIR");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  await startSmtpTestServer({
    port,
    onMail(mail) {
      // Written whole under a temporary name, then renamed: a reader never sees half a file.
      const name = `${Date.now()}-${String(n++).padStart(6, "0")}.json`;
      const tmp = path.join(dir, `${name}.tmp`);
      fs.writeFileSync(tmp, JSON.stringify(mail));
      fs.renameSync(tmp, path.join(dir, name));
    },
  });
  console.log(`e2e mail sink on smtp://127.0.0.1:${port}, writing to ${dir}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
