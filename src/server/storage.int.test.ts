// One contract for every photo storage driver, run against each: the shared directory and an
// S3 bucket on a real S3-compatible server (s3rver) started here. The features only see
// BlobStorage, so what passes here is what they can rely on whichever driver is configured.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3TestServer, type S3TestServer } from "@/testing/s3-test-server";
import { parseEnv } from "./env";
import { LocalDirectoryStorage, S3Storage, s3ClientFor, storageFor, type BlobStorage } from "./storage";

let s3: S3TestServer;
let dir: string;
const sent: Record<string, string>[] = [];

beforeAll(async () => {
  s3 = await startS3TestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reen-storage-"));
});
afterAll(async () => {
  await s3?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function s3Env(extra: Record<string, string> = {}) {
  return parseEnv({
    STORAGE_DRIVER: "s3",
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_PREFIX: "photos/",
    ...extra,
  });
}

/** The SDK client the driver uses, with every request's headers recorded as they are sent. */
async function recordingClient(e = s3Env()): Promise<S3Client> {
  const client = await s3ClientFor(e);
  client.middlewareStack.add(
    (next) => async (args) => {
      sent.push({ ...(args.request as { headers: Record<string, string> }).headers });
      return next(args);
    },
    { step: "finalizeRequest", name: "recordHeaders" },
  );
  return client;
}

const drivers: [string, () => Promise<BlobStorage>][] = [
  ["shared directory", async () => new LocalDirectoryStorage(dir)],
  ["S3 bucket (s3rver)", async () => storageFor(s3Env())],
];

describe.each(drivers)("%s", (_name, make) => {
  let storage: BlobStorage;
  beforeAll(async () => {
    storage = await make();
  });

  it("stores bytes under a fresh random key and gives back exactly those bytes", async () => {
    // Every byte value, and a photo-sized body.
    const small = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const large = Buffer.alloc(1_500_000, 0xa5);
    const [k1, k2] = [await storage.put(small), await storage.put(large)];
    expect(k1).toMatch(/^[0-9a-f]{32}$/);
    expect(k2).toMatch(/^[0-9a-f]{32}$/);
    expect(k1).not.toBe(k2);
    expect((await storage.get(k1))!.equals(small)).toBe(true);
    expect((await storage.get(k2))!.equals(large)).toBe(true);
    // The same bytes stored twice are two objects: a key never says what it holds.
    expect(await storage.put(small)).not.toBe(k1);
  });

  it("answers null for a key it does not hold and for a malformed one", async () => {
    expect(await storage.get("0".repeat(32))).toBeNull();
    for (const bad of ["../../etc/passwd", "ABCDEF0123456789ABCDEF0123456789", "", "ab/cd"])
      expect(await storage.get(bad)).toBeNull();
  });

  it("deletes, and deleting a missing or malformed key is not an error", async () => {
    const key = await storage.put(Buffer.from("to be removed"));
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
    await storage.delete("../../etc/passwd");
  });

  it("keeps parallel uploads apart", async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => Buffer.from(`photo number ${i}`));
    const keys = await Promise.all(bodies.map((b) => storage.put(b)));
    expect(new Set(keys).size).toBe(keys.length);
    const back = await Promise.all(keys.map((k) => storage.get(k)));
    back.forEach((b, i) => expect(b!.equals(bodies[i]!)).toBe(true));
  });
});

describe("the S3 driver", () => {
  it("asks for server-side encryption, sends no ACL and keeps the random key under the prefix", async () => {
    const client = await recordingClient();
    const storage = new S3Storage(async () => client, { bucket: s3.bucket, prefix: "photos/" });
    sent.length = 0;
    const key = await storage.put(Buffer.from("private"));
    const put = sent.find((h) => h["content-length"] === "7")!;
    expect(put["x-amz-server-side-encryption"]).toBe("AES256");
    expect(put["content-type"]).toBe("application/octet-stream");
    expect(Object.keys(put).filter((h) => h.startsWith("x-amz-acl") || h.startsWith("x-amz-grant"))).toEqual(
      [],
    );
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "photos/" }));
    expect(listed.Contents?.map((o) => o.Key)).toContain(`photos/${key}`);
  });

  it("sends the KMS key with aws:kms and nothing with off", async () => {
    const kms = await recordingClient();
    sent.length = 0;
    await new S3Storage(async () => kms, { bucket: s3.bucket, sse: "aws:kms", kmsKeyId: "alias/photos" })
      .put(Buffer.from("kms"))
      .catch(() => undefined); // s3rver may refuse KMS; what matters is what the driver asked for
    expect(sent[0]).toMatchObject({
      "x-amz-server-side-encryption": "aws:kms",
      "x-amz-server-side-encryption-aws-kms-key-id": "alias/photos",
    });
    sent.length = 0;
    await new S3Storage(async () => kms, { bucket: s3.bucket, sse: "off" }).put(Buffer.from("plain"));
    expect(sent[0]).not.toHaveProperty("x-amz-server-side-encryption");
  });

  it("fails loudly, not as a missing photo, when the bucket is wrong or the credentials are refused", async () => {
    const noBucket = storageFor(s3Env({ S3_BUCKET: "no-such-bucket" }));
    await expect(noBucket.get("0".repeat(32))).rejects.toMatchObject({ name: "NoSuchBucket" });
    await expect(noBucket.put(Buffer.from("x"))).rejects.toThrow();
    const stranger = storageFor(s3Env({ S3_ACCESS_KEY_ID: "SOMEONE-ELSE", S3_SECRET_ACCESS_KEY: "x" }));
    await expect(stranger.put(Buffer.from("x"))).rejects.toMatchObject({ name: "InvalidAccessKeyId" });
  });
});
