// Records that could not be written to chrome.storage.local wait here, in the
// extension's IndexedDB (a quota of its own, open to pages and the service worker
// alike), one per record id: a tab keeping its record and another writing the
// waiting ones out can never overwrite each other's. storage.js moves them into
// the history, under the history's lock.
const DB = 'limber';
const STORE = 'pendingRecords';

/** @returns {Promise<IDBDatabase>} */
function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * One transaction on the store; resolves with the last request's result once it is committed.
 * @param {IDBTransactionMode} mode
 * @param {(store: IDBObjectStore) => IDBRequest|void} work
 */
async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('the transaction was aborted'));
    });
  } finally {
    db.close();
  }
}

/** @param {{id: string}} record */
export function keep(record) {
  return run('readwrite', (store) => store.put(record));
}

/** @returns {Promise<{id: string}[]>} every waiting record */
export async function all() {
  return (await run('readonly', (store) => store.getAll())) ?? [];
}

/** @param {string} id */
export function drop(id) {
  return run('readwrite', (store) => store.delete(id));
}

export function clear() {
  return run('readwrite', (store) => store.clear());
}
