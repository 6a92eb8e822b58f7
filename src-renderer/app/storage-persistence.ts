/** The part of the browser's StorageManager used here; tests pass a fake. */
export type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

export interface StoragePersistence {
  /** True: the browser will not evict our IndexedDB under disk pressure. Undefined: unknown. */
  readonly persisted: boolean | undefined;
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
}

/**
 * The records live in IndexedDB, which Chromium treats as "best effort" and may delete when
 * the disk runs low, unless the origin's storage is persistent. Asks for it once when it is
 * not yet granted (Electron grants it to our origin; a plain browser decides by itself) and
 * reports the answer with the space used, so Pengaturan can say when the data is at risk.
 */
export async function ensurePersistentStorage(
  storage: StorageManagerLike | undefined,
): Promise<StoragePersistence> {
  if (!storage) return { persisted: undefined };
  const persisted = await storage
    .persisted()
    .then((already) => already || storage.persist())
    .catch(() => undefined);
  const estimate = await storage.estimate().catch(() => undefined);
  return {
    persisted,
    ...(estimate?.usage === undefined ? {} : { usageBytes: estimate.usage }),
    ...(estimate?.quota === undefined ? {} : { quotaBytes: estimate.quota }),
  };
}
