// One photo of a filed claim, sent with XMLHttpRequest: fetch() reports no upload progress,
// and on 3G a family must see that a photo is moving (POST /api/report-photos).

export type UploadOutcome =
  | { ok: true }
  /** `retry`: a network failure or a busy server, worth trying again; else the photo was refused. */
  | { ok: false; error: string; retry: boolean };

const NETWORK = "intake:uploads.errors.network";

/** The i18n key a problem+json answer carries in `code`, when it is one the form can show. */
function problemCode(text: string): string | undefined {
  try {
    const code = (JSON.parse(text) as { code?: unknown }).code;
    return typeof code === "string" && code.startsWith("intake:errors.photo") ? code : undefined;
  } catch {
    return undefined;
  }
}

export function outcomeOf(status: number, body: string): UploadOutcome {
  if (status === 200 || status === 201) return { ok: true };
  if (status === 400 || status === 413)
    return { ok: false, error: problemCode(body) ?? "intake:errors.photoUnreadable", retry: false };
  if (status === 404) return { ok: false, error: "intake:uploads.errors.expired", retry: false };
  if (status === 429) return { ok: false, error: "common:errors.rateLimited", retry: true };
  return { ok: false, error: NETWORK, retry: true };
}

export function uploadPhoto(
  file: Blob,
  to: { submissionId: string; position: number },
  onProgress: (sent: number, total: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/report-photos");
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.setRequestHeader("X-Submission-Id", to.submissionId);
    xhr.setRequestHeader("X-Photo-Position", String(to.position));
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => resolve(outcomeOf(xhr.status, xhr.responseText));
    xhr.onerror = xhr.ontimeout = xhr.onabort = () => resolve({ ok: false, error: NETWORK, retry: true });
    // Long enough for a few hundred KB on a slow line; a stalled upload ends with a retry button.
    xhr.timeout = 5 * 60 * 1000;
    xhr.send(file);
  });
}
