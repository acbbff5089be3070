/** Newest first, undated last, then by `tie` (code-point order): the order of every list of dated things. */
export const newestFirst =
  <T extends { date: string | null }>(tie: (t: T) => string) =>
  (a: T, b: T): number =>
    a.date === b.date ? byString(tie)(a, b) : a.date === null ? 1 : b.date === null ? -1 : a.date > b.date ? -1 : 1;

/** Code-point order, independent of locale. */
export const byString =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** Earliest date first, undated last, then by slug: the order "first reported" means everywhere. */
export const earliest = (a: { slug: string; date: string | null }, b: { slug: string; date: string | null }) =>
  a.date === b.date
    ? a.slug < b.slug
      ? -1
      : 1
    : a.date === null
      ? 1
      : b.date === null
        ? -1
        : a.date < b.date
          ? -1
          : 1;
