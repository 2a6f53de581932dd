/**
 * `work`'s outcome, or `late()`'s value if `work` has not settled within `ms` (the work itself is
 * not stopped: its result, when it comes, is dropped). The timer is cleared either way.
 */
export async function withinMs<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
