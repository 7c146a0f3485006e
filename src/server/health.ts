import "server-only";
import { getDb } from "./db";
import { errorForLog, log } from "./logger";

/** "ok" when the database answers within 2 s, else a short reason (no connection details). */
export async function checkDatabase(): Promise<"ok" | "unreachable"> {
  try {
    const db = await getDb();
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
    ]);
    return "ok";
  } catch (err) {
    log().error({ error: errorForLog(err) }, "health: database check failed");
    return "unreachable";
  }
}
