/**
 * Runs `task` on every item with at most `limit` running at once, and settles
 * when all are done; the first failure rejects (tasks already started finish,
 * no new one starts). Used for the build's many small file writes: awaited one
 * by one, each write waits for the disk while the other core sits idle.
 */
export async function inParallel<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`inParallel: limit should be a whole number of at least 1, found ${limit}`);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
