// npm run db:seed          reference data (countries, regions, targets); safe to run again
// npm run db:seed:demo     also demo accounts and synthetic cases (refused in production)
import { createPrismaHandle } from "../src/server/prisma-factory";
import { describeDbError } from "../src/server/db-errors";
import { seedDemo } from "./seed/demo";
import { seedReference } from "./seed/reference";

async function main() {
  const { db, close } = await createPrismaHandle();
  try {
    await seedReference(db);
    console.log("Reference data loaded.");
    if (process.argv.includes("--demo")) await seedDemo(db);
  } finally {
    await close();
  }
}

main().catch((err: unknown) => {
  const e = err as { code?: string; message?: string };
  console.error(e?.code ? describeDbError(err) : (e?.message ?? err));
  process.exit(1);
});
