const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A keyset cursor of (instant, id), as the lists of this domain write them. */
export function isInstantIdKey(key: unknown[] | undefined): key is [string, string] {
  return !!key && typeof key[0] === 'string' && !Number.isNaN(Date.parse(key[0])) && isUuid(key[1]);
}
