// A claim's photos with STORAGE_DRIVER=s3: stored in the bucket of a real S3-compatible server
// (s3rver), not on disk, and read back by staff through the same access check as ever. The
// driver's own contract is src/server/storage.int.test.ts; this is the feature on top of it.
import { withTestDb } from "@/testing/with-test-db";
import fs from "node:fs";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";
import { preparePhotos } from "@/server/photos";
import { s3ClientFor } from "@/server/storage";
import { startS3TestServer, type S3TestServer } from "@/testing/s3-test-server";
import { makeViewer } from "@/testing/viewers";
import { goodClaim } from "./claim-fixtures";
import { fileClaim } from "./file-claim";
import { getCasePhotoForViewer } from "./photo-access";

const env = withTestDb({ uploads: true });
let s3: S3TestServer;
const SETTINGS = [
  "STORAGE_DRIVER",
  "S3_ENDPOINT",
  "S3_BUCKET",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_PREFIX",
];

beforeAll(async () => {
  s3 = await startS3TestServer();
  // getStorage() reads the settings on its first call, which comes after this.
  Object.assign(process.env, {
    STORAGE_DRIVER: "s3",
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_PREFIX: "case-photos/",
  });
});
afterAll(async () => {
  for (const name of SETTINGS) delete process.env[name];
  await s3?.close();
});

describe("claim photos in an S3 bucket", () => {
  it("are stored in the bucket under random keys, nothing on disk, and served to staff", async () => {
    const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#36c" } })
      .jpeg()
      .toBuffer();
    const prepared = await preparePhotos([jpeg]);
    if (!prepared.ok) throw new Error("photo refused");
    const res = await fileClaim(goodClaim(), { photos: prepared.photos });
    const photo = await env.db.casePhoto.findFirstOrThrow({
      where: { case: { caseNumber: res.caseNumber } },
    });

    const client = await s3ClientFor(parseEnv(process.env));
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "case-photos/" }));
    expect(listed.Contents?.map((o) => o.Key).sort()).toEqual(
      [`case-photos/${photo.storageKey}`, `case-photos/${photo.thumbKey}`].sort(),
    );
    expect(fs.readdirSync(env.uploadDir)).toEqual([]);

    const police = await makeViewer(env.db, "POLICE", "BO");
    const full = await getCasePhotoForViewer(police, photo.id, "full");
    expect((await sharp(full.bytes).metadata()).width).toBe(900);
    const thumb = await getCasePhotoForViewer(police, photo.id, "thumb");
    expect((await sharp(thumb.bytes).metadata()).width).toBe(320);
  });
});
