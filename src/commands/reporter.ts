/** Where a command prints: results and progress go to `log`, problems to `error`. */
export interface Reporter {
  log: (line: string) => void;
  error: (line: string) => void;
  /** How far a long run is (standard error unless given). */
  progress?: (line: string) => void;
}

/** The terminal: standard output and standard error. */
export const terminal: Reporter = {
  log: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
