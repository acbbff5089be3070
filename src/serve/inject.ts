import type { ServerResponse } from 'node:http';

/**
 * Makes `res` add `tag` before `</body>` of any HTML page it sends. The
 * static server streams files with their length set in advance, so an HTML
 * answer is held back, changed and sent with its length dropped.
 */
export function injectIntoHtml(res: ServerResponse, tag: string): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  let chunks: Buffer[] | undefined;
  res.writeHead = ((status: number, headers?: Record<string, unknown>) => {
    const type = String(headers?.['Content-Type'] ?? headers?.['content-type'] ?? res.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && headers) {
      chunks = [];
      delete headers['Content-Length'];
      res.removeHeader('content-length');
    }
    return writeHead(status, headers);
  }) as ServerResponse['writeHead'];
  res.write = ((chunk: Buffer | string) => {
    if (!chunks) return write(chunk);
    chunks.push(Buffer.from(chunk));
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: Buffer | string) => {
    if (!chunks) return end(chunk);
    if (chunk) chunks.push(Buffer.from(chunk));
    return end(Buffer.concat(chunks).toString('utf8').replace('</body>', `${tag}</body>`));
  }) as ServerResponse['end'];
}
