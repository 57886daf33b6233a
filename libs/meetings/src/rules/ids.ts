import { isUuid } from '@app/common';

/** A keyset cursor of (instant, id), as the lists of this domain write them. */
export function isInstantIdKey(key: unknown[] | undefined): key is [string, string] {
  return !!key && typeof key[0] === 'string' && !Number.isNaN(Date.parse(key[0])) && isUuid(key[1]);
}
