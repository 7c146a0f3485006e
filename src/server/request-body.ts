import "server-only";

/** The body as text, or null once it passes `max` bytes (whatever Content-Length claimed). */
export async function readCapped(req: Request, max: number): Promise<string | null> {
  return (await readCappedBytes(req, max))?.toString("utf8") ?? null;
}

/** The body's bytes, or null once it passes `max` bytes (whatever Content-Length claimed). */
export async function readCappedBytes(req: Request, max: number): Promise<Buffer | null> {
  if (Number(req.headers.get("content-length") ?? 0) > max) return null;
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
