import { isApiError } from '../api-error.js';
import { ReadCache } from './read-cache.js';

/** The signed-in participant whose own reads are kept; none for staff (their screens need a connection). */
let owner: string | undefined;

export function setReadOwner(userId: string | undefined): void {
  owner = userId;
}

/**
 * Reads from the server and keeps a copy for the signed-in participant; with no network, answers
 * the kept copy instead (and says when it was saved). Staff reads are never kept.
 */
export async function readThrough<T>(
  key: string,
  fetcher: () => Promise<T>,
  parse: (value: unknown) => T | undefined,
  onCached?: (savedAt: string) => void,
): Promise<T> {
  const userId = owner;
  try {
    const value = await fetcher();
    if (userId) void new ReadCache(userId).put(key, value).catch(() => {});
    return value;
  } catch (error) {
    if (!userId || !isApiError(error) || error.code !== 'network') throw error;
    const cached = await new ReadCache(userId).get(key, parse).catch(() => undefined);
    if (!cached) throw error;
    onCached?.(cached.savedAt);
    return cached.value;
  }
}
