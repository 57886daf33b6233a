import DataLoader from 'dataloader';

const LOADERS = Symbol('loaders');

type Carrier = { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };

/**
 * A DataLoader that lives as long as one request: every `company` of a page of 100 meetings is
 * fetched in one query, and nothing is cached across users.
 */
export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | null)[]>,
): DataLoader<K, V | null> {
  const carrier = request as Carrier;
  carrier[LOADERS] ??= new Map();
  let loader = carrier[LOADERS].get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch);
    carrier[LOADERS].set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows fetched by `IN (...)` like the keys asked for, with null for the missing. */
export function alignByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows fetched by `IN (...)` under the keys asked for (empty list for none). */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => groups.get(key) ?? []);
}
