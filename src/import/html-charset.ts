/**
 * A page's bytes as text: by the charset of the Content-Type header when it was fetched, else of a
 * `<meta charset>` near the top (what a saved page has), else UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, contentType = ''): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown label (a typo in the page) is not worth failing the import for; UTF-8 is the web's default.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
