import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "./env";

/**
 * Where uploaded files (case photos) live. The app only sees this interface, so a bucket-backed
 * implementation can replace the local directory without touching the features.
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

let storage: BlobStorage | null = null;

/** The configured storage: a local directory (UPLOAD_DIR, default data/uploads). */
export function getStorage(): BlobStorage {
  storage ??= new LocalDirectoryStorage(path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR));
  return storage;
}
