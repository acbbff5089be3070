// talisman ships JavaScript without type declarations; this is the part we use.
declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity of two strings, 0..1 (case-sensitive; prefix boost above a Jaro score of 0.7). */
  export default function jaroWinkler(a: string, b: string): number;
}
