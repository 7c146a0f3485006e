// The lookup's end-to-end floor: a bare node:http server doing what a lookup minimally costs —
// read the JSON body, run the hand-written lookup SQL of db-timing.ts (the database floor) on a
// plain pg pool of 10, answer the rows as JSON — and nothing else (no framework, no session, no
// scope or consent columns). Started as its own process by bench/lookup.ts:
// `tsx bench/lookup-floor.ts <port> <database url>`.
import http from "node:http";
import pg from "pg";
import { plainSearch } from "./db-timing";

const [port, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10 });

async function answer(body: string): Promise<[number, object]> {
  const { q } = JSON.parse(body) as { q?: unknown };
  if (typeof q !== "string") return [400, { error: "q" }];
  return [200, { rows: await plainSearch(pool, q) }];
}

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      answer(Buffer.concat(chunks).toString("utf8"))
        .catch((err: unknown) => {
          console.error(err);
          return [500, { error: "unexpected" }] as [number, object];
        })
        .then(([status, body]) => {
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        });
    });
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
