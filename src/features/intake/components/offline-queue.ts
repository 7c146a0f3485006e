// A claim sent while the phone has no connection waits here, in IndexedDB, until it is sent
// (decisions 147, 164). One store keyed by the submission id, so keeping it again replaces it
// and the server, given the same id, files one case (idb-store.ts). Every call is best effort
// (private browsing may refuse IndexedDB); the draft in localStorage stays until the server
// acknowledges the claim.
// The photos chosen for the claim (already shrunk, a few hundred KB each) wait beside it as
// Blobs, so a reload or a closed tab without a connection no longer loses them.
import { inStore } from "./idb-store";

const CLAIMS = { db: "reencuentro-offline", store: "claims", keyPath: "submissionId" };

export interface WaitingClaim {
  submissionId: string;
  /** The claim as the form sends it (JSON). */
  claim: string;
  savedAt: number;
  /** The claim's photos in the form's order (the order is each photo's key on the server). */
  photos?: WaitingPhoto[];
}

export interface WaitingPhoto {
  name: string;
  type: string;
  blob: Blob;
}

/** The photos as files again, as the form and the upload expect them. */
export const photoFiles = (claim: WaitingClaim): File[] =>
  (claim.photos ?? []).map((p) => new File([p.blob], p.name, { type: p.type }));

async function put(claim: WaitingClaim): Promise<boolean> {
  try {
    await inStore(CLAIMS, "readwrite", (s) => s.put(claim));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps the claim and its photos on the phone. "claim only" when the browser refused the photos
 * (a full storage quota, most likely): the claim itself must not wait on them. False when it
 * refused the claim too (then only the draft keeps it).
 */
export async function keepClaim(
  submissionId: string,
  claim: string,
  photos: readonly File[] = [],
): Promise<"all" | "claim only" | false> {
  const savedAt = Date.now();
  const kept = photos.map((f) => ({ name: f.name, type: f.type, blob: f as Blob }));
  if (await put({ submissionId, claim, savedAt, photos: kept })) return "all";
  if (!photos.length) return false;
  return (await put({ submissionId, claim, savedAt })) ? "claim only" : false;
}

export async function waitingClaims(): Promise<WaitingClaim[]> {
  try {
    return await inStore(CLAIMS, "readonly", (s) => s.getAll() as IDBRequest<WaitingClaim[]>);
  } catch {
    return [];
  }
}

export async function forgetClaim(submissionId: string): Promise<void> {
  try {
    await inStore(CLAIMS, "readwrite", (s) => s.delete(submissionId));
  } catch {
    /* nothing kept, nothing to forget */
  }
}
