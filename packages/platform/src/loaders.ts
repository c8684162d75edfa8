import DataLoader from 'dataloader';

/**
 * A per-request loader of single records by key: one query per batch, results in key order, null for a key
 * with no record. Create one per request so that no cached row outlives its request.
 */
export function createRecordLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (record: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((record) => [keyOf(record), record]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A per-request loader of a list relation (all records whose `keyOf` is the key): one query per batch.
 */
export function createListLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (record: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const record of await fetch(keys)) byKey.get(keyOf(record))?.push(record);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
