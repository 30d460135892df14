import type { StudioDocument } from '../document.js';

/** One draft as the device keeps it. */
export interface SavedDraft {
  readonly id: string;
  readonly title: string;
  /** When it last changed, in milliseconds since 1970. */
  readonly updated: number;
  readonly document: StudioDocument;
}

/** Where drafts are kept: IndexedDB in the app, a stand-in in tests of what happens when saving fails. */
export interface DraftShelf {
  list(): Promise<Omit<SavedDraft, 'document'>[]>;
  load(id: string): Promise<SavedDraft | undefined>;
  save(draft: SavedDraft): Promise<void>;
  remove(id: string): Promise<void>;
}

const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
  });
}

function open(name: string): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser keeps no local databases'));
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(req);
}

/** The drafts in this browser's IndexedDB database `name`. */
export function indexedDbShelf(name = 'glossa-studio'): DraftShelf {
  let database: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode) => {
    database ??= open(name);
    database.catch(() => (database = undefined));
    return (await database).transaction(STORE, mode).objectStore(STORE);
  };
  const done = (store: IDBObjectStore) =>
    new Promise<void>((resolve, reject) => {
      store.transaction.oncomplete = () => resolve();
      store.transaction.onerror = () => reject(store.transaction.error ?? new Error('IndexedDB failed'));
      store.transaction.onabort = () => reject(store.transaction.error ?? new Error('the save was cancelled'));
    });
  return {
    async list() {
      const all = await request((await store('readonly')).getAll() as IDBRequest<SavedDraft[]>);
      return all.map(({ id, title, updated }) => ({ id, title, updated })).sort((a, b) => b.updated - a.updated);
    },
    async load(id) {
      return request((await store('readonly')).get(id) as IDBRequest<SavedDraft | undefined>);
    },
    async save(draft) {
      const target = await store('readwrite');
      target.put(draft);
      await done(target);
    },
    async remove(id) {
      const target = await store('readwrite');
      target.delete(id);
      await done(target);
    },
  };
}
