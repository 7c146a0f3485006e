// The reference on the error page is Next's `digest` of the error, and Next keeps a digest the
// error already has. Database failures (an outage, a lock or statement timeout: by far the most
// common unexpected errors of a page) are stamped here, where they are thrown, with the request
// id, so the page shows the same id as X-Request-Id and every log line of the request
// (decision 165). An error that already has a digest (Next's redirect and not-found signals
// passing through a transaction) keeps it. No server-only import: the Prisma factory is shared
// with scripts.
import type { PrismaClient } from "@/generated/prisma/client";
import { currentRequestId } from "./request-context";

export function stampRequestId<E>(err: E): E {
  if (err && typeof err === "object" && !(err as { digest?: unknown }).digest) {
    const id = currentRequestId();
    if (id) (err as { digest?: string }).digest = id;
  }
  return err;
}

export function withErrorReference(db: PrismaClient): PrismaClient {
  // The extended client has the same API; its type is Prisma's dynamic one, so it is cast back.
  return db.$extends({
    name: "error-reference",
    query: {
      $allOperations: ({ args, query }) =>
        query(args).catch((err: unknown) => {
          throw stampRequestId(err);
        }),
    },
  }) as unknown as PrismaClient;
}
