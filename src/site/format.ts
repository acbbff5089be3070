const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 August 2024" from "2024-08-14"; no locale or time zone involved, so builds are reproducible. */
export function dateLabel(iso: string | null): string {
  if (!iso) return 'unknown';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** Code-point order, independent of locale. */
export const byString = <T>(key: (t: T) => string) => (a: T, b: T) => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
