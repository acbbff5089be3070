// Shares, with an empty denominator giving null (nothing to measure) rather than NaN or a flattering 1.

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Harmonic mean of precision and recall; null when either is unknown or both are 0. */
export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null || precision + recall === 0) return null;
  return (2 * precision * recall) / (precision + recall);
}
