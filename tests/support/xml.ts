/**
 * A strict reader for the XML the site writes (feeds, sitemap): it throws on
 * anything a conforming XML 1.0 parser would reject in such documents —
 * characters outside XML's Char production, unknown entities, bad or
 * unclosed nesting, duplicate attributes, text outside the root — and
 * returns the element tree so tests can read it. No DTDs, CDATA or
 * namespaces beyond names: the site writes none.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (entities decoded), children's text left out. */
  text: string;
}

// Anything not in XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets).
const NOT_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;]*);|&/g, (_match, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare "&" near offset ${at}`);
    const code = /^#x([0-9a-f]+)$/i.exec(ref)?.[1] ?? /^#(\d+)$/.exec(ref)?.[1];
    if (code !== undefined) {
      const char = String.fromCodePoint(parseInt(code, ref.startsWith('#x') || ref.startsWith('#X') ? 16 : 10));
      if (NOT_CHAR.test(char)) throw new Error(`character reference &${ref}; is not an XML character`);
      return char;
    }
    if (!(ref in ENTITIES)) throw new Error(`unknown entity &${ref}; near offset ${at}`);
    return ENTITIES[ref]!;
  });
}

export function parseXml(xml: string): XmlElement {
  const bad = NOT_CHAR.exec(xml);
  if (bad)
    throw new Error(
      `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase()} at offset ${bad.index} is not an XML character`,
    );
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length) stack.at(-1)!.text += decode(text, i);
    else if (text.trim()) throw new Error(`text outside the root element at offset ${i}`);
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end === -1) throw new Error('unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('</', i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(xml.slice(i));
      const open = stack.pop();
      if (!m || !open || open.name !== m[1])
        throw new Error(`mismatched end tag at offset ${i}: ${xml.slice(i, i + 30)}`);
      i += m[0].length;
    } else {
      const name = NAME.exec(xml.slice(i + 1))?.[0];
      if (!name) throw new Error(`bad tag at offset ${i}`);
      if (root && !stack.length) throw new Error(`second root element <${name}>`);
      const el: XmlElement = { name, attrs: {}, children: [], text: '' };
      i += 1 + name.length;
      for (;;) {
        const m = /^\s+([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/.exec(xml.slice(i));
        if (!m) break;
        if (m[1]! in el.attrs) throw new Error(`duplicate attribute ${m[1]} on <${name}>`);
        el.attrs[m[1]!] = decode(m[2] ?? m[3]!, i);
        i += m[0].length;
      }
      const close = /^\s*(\/?)>/.exec(xml.slice(i));
      if (!close) throw new Error(`bad tag <${name}> at offset ${i}: ${xml.slice(i, i + 30)}`);
      i += close[0].length;
      (stack.at(-1)?.children ?? []).push(el);
      root ??= el;
      if (!close[1]) stack.push(el);
    }
  }
  if (stack.length || !root) throw new Error(`unclosed <${stack.at(-1)?.name ?? 'root'}>`);
  return root;
}

/** Direct children with a name. */
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
