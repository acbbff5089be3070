/**
 * Runs `work` over every item with at most `limit` running at once: enough
 * file operations in flight to keep the disk and libuv's threads busy,
 * without opening thousands of files together.
 */
export async function eachLimit<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  const it = items[Symbol.iterator]();
  const lane = async () => {
    for (let next = it.next(); !next.done; next = it.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}
