// One value of the table: the number the floors and results.json use, and how the table shows it.
export interface Cell {
  value: number | null;
  shown: string;
}

export const NONE: Cell = { value: null, shown: '—' };

/** A share with its counts: "87.5 % (35/40)"; nothing to measure shows "—". */
export function share(part: number, whole: number): Cell {
  if (whole === 0) return NONE;
  return { value: part / whole, shown: `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})` };
}

/** A share already computed (precision, F1), as a fraction with three decimals. */
export const fraction = (x: number | null): Cell => (x === null ? NONE : { value: x, shown: x.toFixed(3) });

export const count = (n: number): Cell => ({ value: n, shown: String(n) });

export const ms = (x: number | null): Cell => (x === null ? NONE : { value: x, shown: `${x.toFixed(1)} ms` });
