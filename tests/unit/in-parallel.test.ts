import { describe, expect, it } from 'vitest';
import { inParallel } from '../../src/utils/in-parallel.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('inParallel', () => {
  it('runs every item once, never more than the limit at a time', async () => {
    const seen: number[] = [];
    let running = 0;
    let most = 0;
    await inParallel([...Array(25).keys()], 4, async (item, index) => {
      expect(index).toBe(item);
      running++;
      most = Math.max(most, running);
      await tick();
      seen.push(item);
      running--;
    });
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
    expect(most).toBe(4);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    const run = inParallel([...Array(20).keys()], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 3) throw new Error('disk full at 3');
    });
    await expect(run).rejects.toThrow('disk full at 3');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started.length).toBeLessThanOrEqual(5);
  });

  it('settles at once for no items, and refuses a limit below 1', async () => {
    await expect(inParallel([], 8, async () => { throw new Error('never'); })).resolves.toBeUndefined();
    await expect(inParallel([1], 0, async () => {})).rejects.toThrow('limit should be a whole number of at least 1, found 0');
  });
});
