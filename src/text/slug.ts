const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

/** Lower-case ASCII words joined by hyphens; used for "did you mean" and by the importer. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Latin letters that no accent-stripping reaches (Aydın, Wałęsa, Søren, Đoković, Strauß).
      .replace(/[ıłøđßæœþð]/g, (c) => LETTERS[c]!)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '')
  );
}
