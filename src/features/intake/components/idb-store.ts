// A few lines over the raw IndexedDB API rather than a library: this ships with the report page.
// One object store per database, opened for one transaction and closed again, so a page left open
// never blocks another tab. Used by the offline queue (offline-queue.ts) and by the photos of an
// unsent draft (draft-photos.ts, loaded only once a photo is chosen).

function openDb(name: string, store: string, keyPath: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(store, { keyPath });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Runs one request in its own transaction; resolves once the transaction is committed. */
export async function inStore<T>(
  where: { db: string; store: string; keyPath: string },
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb(where.db, where.store, where.keyPath);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(where.store, mode);
      const req = run(tx.objectStore(where.store));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
