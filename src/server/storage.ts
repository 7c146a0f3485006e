import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { S3Client } from "@aws-sdk/client-s3";
import { env, type Env } from "./env";

/**
 * Where uploaded files (case photos) live. The app only sees this interface: a local (or shared)
 * directory, or an S3-compatible bucket for several machines (decision 158), chosen by
 * STORAGE_DRIVER; the features never know which.
 * Keys are random and never derived from names or case numbers: a leaked key tells nothing.
 */
export interface BlobStorage {
  /** Stores the bytes under a new random key and returns the key. */
  put(data: Buffer): Promise<string>;
  /** The bytes, or null when no such key exists (or the key is malformed). */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[0-9a-f]{32}$/;

export function newStorageKey(): string {
  return crypto.randomBytes(16).toString("hex");
}

/** Files under `root/ab/abcdef...`: two-character folders keep directories small. */
export class LocalDirectoryStorage implements BlobStorage {
  constructor(private readonly root: string) {}

  private pathFor(key: string): string | null {
    // Keys come back from the database, but a strict pattern also rules out path traversal.
    if (!KEY_PATTERN.test(key)) return null;
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(data: Buffer): Promise<string> {
    const key = newStorageKey();
    const file = this.pathFor(key)!;
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Write then rename: a reader never sees half a file, and a crash leaves only a temp file.
    const tmp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(tmp, data, { mode: 0o600, flag: "wx" });
    await fs.rename(tmp, file);
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    const file = this.pathFor(key);
    if (!file) return null;
    try {
      return await fs.readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    if (file) await fs.rm(file, { force: true });
  }
}

export interface S3StorageOptions {
  bucket: string;
  /** Prepended to each key ("photos/"): one bucket can hold several installations. */
  prefix?: string;
  /** Asked for on every upload; the bucket's own default encryption applies too. */
  sse?: "AES256" | "aws:kms" | "off";
  kmsKeyId?: string;
}

/**
 * An S3-compatible bucket. Objects are private (no ACL is ever sent, so a bucket that blocks public
 * access keeps them so) and photos are only ever served through the portal's own authorised
 * routes, never by a bucket URL. Keys are the same random hex as on disk.
 * The SDK is loaded on first use, so the directory driver never pays for it.
 */
export class S3Storage implements BlobStorage {
  constructor(
    private readonly client: () => Promise<S3Client>,
    private readonly options: S3StorageOptions,
  ) {}

  private objectKey(key: string): string | null {
    return KEY_PATTERN.test(key) ? `${this.options.prefix ?? ""}${key}` : null;
  }

  async put(data: Buffer): Promise<string> {
    const { PutObjectCommand } = await import("@aws-sdk/client-s3");
    const key = newStorageKey();
    const { sse = "AES256", kmsKeyId } = this.options;
    await (
      await this.client()
    ).send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectKey(key)!,
        Body: data,
        ContentLength: data.length,
        // Never sniffed or rendered by the bucket: the portal checks the bytes and sets the type.
        ContentType: "application/octet-stream",
        ...(sse === "off" ? {} : { ServerSideEncryption: sse }),
        ...(sse === "aws:kms" && kmsKeyId ? { SSEKMSKeyId: kmsKeyId } : {}),
      }),
    );
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    const objectKey = this.objectKey(key);
    if (!objectKey) return null;
    const { GetObjectCommand } = await import("@aws-sdk/client-s3");
    try {
      const res = await (
        await this.client()
      ).send(new GetObjectCommand({ Bucket: this.options.bucket, Key: objectKey }));
      return res.Body ? Buffer.from(await res.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (err) {
      // Only a missing object is "no such photo"; a missing bucket or refused credentials is a
      // configuration fault and must surface as an error, not as photos quietly gone.
      if ((err as { name?: string }).name === "NoSuchKey") return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    if (!objectKey) return;
    const { DeleteObjectCommand } = await import("@aws-sdk/client-s3");
    // S3 answers 204 for a key that does not exist: deleting twice is not an error there either.
    await (
      await this.client()
    ).send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: objectKey }));
  }
}

/** An SDK client for the settings; credentials from the env or, when unset, the SDK's own chain. */
export async function s3ClientFor(e: Env): Promise<S3Client> {
  const { S3Client } = await import("@aws-sdk/client-s3");
  return new S3Client({
    region: e.S3_REGION,
    ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
    forcePathStyle: e.S3_FORCE_PATH_STYLE ? e.S3_FORCE_PATH_STYLE === "true" : Boolean(e.S3_ENDPOINT),
    ...(e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } }
      : {}),
    // A stalled service fails the upload or read in seconds instead of holding the request
    // (and its database connection) for minutes; the SDK retries a failed call twice.
    requestHandler: { connectionTimeout: 3000, requestTimeout: 15000 },
    maxAttempts: 3,
  });
}

/** The storage the settings name (tests build their own from a parsed environment). */
export function storageFor(e: Env): BlobStorage {
  if (e.STORAGE_DRIVER === "s3") {
    let client: Promise<S3Client> | undefined;
    return new S3Storage(() => (client ??= s3ClientFor(e)), {
      bucket: e.S3_BUCKET!,
      prefix: e.S3_PREFIX,
      sse: e.S3_SSE,
      kmsKeyId: e.S3_SSE_KMS_KEY_ID,
    });
  }
  return new LocalDirectoryStorage(path.resolve(/*turbopackIgnore: true*/ e.UPLOAD_DIR));
}

let storage: BlobStorage | null = null;

/** The configured storage (STORAGE_DRIVER: the directory UPLOAD_DIR, or an S3 bucket). */
export function getStorage(): BlobStorage {
  storage ??= storageFor(env());
  return storage;
}
