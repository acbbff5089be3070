// The command line of `npm run bench`.
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generate/from-corpus.ts';

export const USAGE =
  'usage: npm run bench -- [--sizes 5,1000,10000] [--large] [--copies 10000] [--runs 3] ' +
  "[--timeout MINUTES per build] [--seed N]\n  size 5 is the repo's five samples; --large adds 100,000 distinct " +
  'articles; --copies N (0: none) adds the syndicated-copies row of N articles';

export interface Options {
  /** Distinct-article sizes, and 5 for the samples. */
  sizes: number[];
  /** Size of the syndicated-copies row, 0 for none. */
  copies: number;
  runs: number;
  timeoutMs: number;
  seed: number;
}

export function parseOptions(argv: string[]): Options {
  if (argv.includes('--help') || argv.includes('-h')) throw new Error(USAGE);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string', default: '5,1000,10000' },
        large: { type: 'boolean', default: false },
        copies: { type: 'string', default: '10000' },
        runs: { type: 'string', default: '3' },
        timeout: { type: 'string', default: '60' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
      },
    });
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${USAGE}`);
  }
  const { values } = parsed;
  const sizes = [...values.sizes.split(',').map(Number), ...(values.large ? [100_000] : [])];
  const o = {
    sizes: [...new Set(sizes)],
    copies: Number(values.copies),
    runs: Number(values.runs),
    timeoutMs: Number(values.timeout) * 60_000,
    seed: Number(values.seed),
  };
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  if (
    !o.sizes.every((n) => whole(n, 1)) ||
    !whole(o.copies, 0) ||
    !whole(o.runs, 1) ||
    !(o.timeoutMs > 0) ||
    !whole(o.seed, 0)
  ) {
    throw new Error(USAGE);
  }
  return o;
}
