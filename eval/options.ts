// `npm run eval -- [--corpus DIR] [--held-out] [--bbc N] [--json FILE] [--check] [--keep]`
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS, EVAL_DIR } from './paths.ts';

export interface Options {
  corpus: string;
  heldOut: boolean;
  /** BBC texts to sample; 0 skips the BBC part. */
  bbc: number;
  json: string;
  check: boolean;
  /** Keep the temporary projects (to look at what was built). */
  keep: boolean;
}

export const USAGE = 'usage: npm run eval -- [--corpus DIR] [--held-out] [--bbc N] [--json FILE] [--check] [--keep]';

export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      'held-out': { type: 'boolean', default: false },
      bbc: { type: 'string', default: '300' },
      json: { type: 'string', default: path.join(EVAL_DIR, 'results.json') },
      check: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const bbc = Number(values.bbc);
  if (!Number.isInteger(bbc) || bbc < 0) throw new Error(`--bbc ${values.bbc}: a whole number, 0 to skip\n${USAGE}`);
  return {
    corpus: path.resolve(values.corpus),
    heldOut: values['held-out'],
    bbc,
    json: path.resolve(values.json),
    check: values.check,
    keep: values.keep,
  };
}
