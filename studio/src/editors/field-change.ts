import type { DocumentChange, PathKey } from '../document.js';
import { isObj } from './paths.js';

/**
 * The change that sets `key` of the object at `owner` to `value` (`undefined` removes it). An object
 * that is not there yet (an entity's first image field) is made with it; an optional one (`image`,
 * `source`, `license`) left empty is removed rather than kept as `{}`, which the model refuses.
 */
export function fieldChange(
  owner: readonly PathKey[],
  ownerValue: unknown,
  key: string,
  value: unknown,
  optionalOwner = false,
): DocumentChange[] {
  if (!isObj(ownerValue)) return value === undefined ? [] : [{ path: owner, value: { [key]: value } }];
  if (value === undefined && optionalOwner && Object.keys(ownerValue).every((name) => name === key)) {
    return [{ path: owner, value: undefined }];
  }
  return [{ path: [...owner, key], value }];
}
