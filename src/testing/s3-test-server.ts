// A real S3-compatible server on a random local port (the s3rver package: S3's REST API with
// signature-V4 requests from @aws-sdk/client-s3, objects kept in a temporary directory), for
// the storage driver's contract tests. What it does not check is in decision 158: it accepts
// any secret for a known access key id and ignores server-side encryption headers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** s3rver's fixed account: a request with another access key id is refused. */
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
}

export async function startS3TestServer(bucket = "reencuentro-photos"): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "reen-s3-"));
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
