// A claim sent while the phone has no connection waits here, in IndexedDB, until it is sent
// (decision 147). One store keyed by the claim's submission id, so keeping it again replaces it
// and the server, given the same id, files one case. A few lines over the raw API rather than a
// library: this ships with the report page. Every call is best effort (private browsing may
// refuse IndexedDB); the draft in localStorage stays until the server acknowledges the claim.
const DB = "reencuentro-offline";
const STORE = "claims";

export interface WaitingClaim {
  submissionId: string;
  /** The claim as the form sends it (JSON). */
  claim: string;
  savedAt: number;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "submissionId" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function inStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps the claim on the phone; false when the browser refused (then only the draft keeps it). */
export async function keepClaim(submissionId: string, claim: string): Promise<boolean> {
  try {
    await inStore("readwrite", (s) =>
      s.put({ submissionId, claim, savedAt: Date.now() } satisfies WaitingClaim),
    );
    return true;
  } catch {
    return false;
  }
}

export async function waitingClaims(): Promise<WaitingClaim[]> {
  try {
    return await inStore("readonly", (s) => s.getAll() as IDBRequest<WaitingClaim[]>);
  } catch {
    return [];
  }
}

export async function forgetClaim(submissionId: string): Promise<void> {
  try {
    await inStore("readwrite", (s) => s.delete(submissionId));
  } catch {
    /* nothing kept, nothing to forget */
  }
}
