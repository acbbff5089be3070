/** One of each kind of character that makes a feed unreadable (C0, DEL, C1, lone surrogates, noncharacters), between letters. */
export const HOSTILE =
  'a\u0000b\u0001c\u0008d\u000be\u001ff\u007fg\u0080h\u0085i\u009fj\ud800k\udfffl\ufffem\uffffn\ufdd0o\u{1fffe}p';
