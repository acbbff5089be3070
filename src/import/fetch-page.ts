import { decodeHtml } from './html-charset.ts';

export interface FetchPageOptions {
  /** For the whole exchange, redirects and body included. */
  timeoutMs?: number;
  /** Bodies longer than this are refused; counted as they arrive, whatever Content-Length says. */
  maxBytes?: number;
}

export interface FetchedPage {
  /** The address the page came from, after redirects: what htmlToArticle should get as pageUrl. */
  url: string;
  html: string;
}

export type FetchFailure = 'not-http' | 'status' | 'not-html' | 'too-large' | 'timeout' | 'network';

export class FetchPageError extends Error {
  constructor(
    readonly reason: FetchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FetchPageError';
  }
}

/** No news page or text comes near 5 MB; past it, an import would only hold the machine up. */
export const INPUT_SIZE_LIMIT = 5 * 1024 * 1024;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Fetches a news page to import (Node's global fetch, redirects followed): only http(s) addresses, only
 * HTML, at most `maxBytes` (5 MB) within `timeoutMs` (15 s). Failures are FetchPageErrors with a reason.
 */
export async function fetchPage(address: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const { timeoutMs = 15_000, maxBytes = INPUT_SIZE_LIMIT } = options;
  if (!isHttp(address)) throw new FetchPageError('not-http', `${address}: only http(s) addresses can be imported`);
  try {
    const response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchPageError('status', `${address}: the server answered ${response.status} ${response.statusText}`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (!HTML_TYPES.has(mediaType)) {
      await response.body?.cancel();
      throw new FetchPageError('not-html', `${address}: not an HTML page (${mediaType || 'no content type'})`);
    }
    const bytes = await readCapped(response, maxBytes, address);
    return { url: response.url || address, html: decodeHtml(bytes, contentType) };
  } catch (error) {
    throw asFetchError(error, address, timeoutMs);
  }
}

const isHttp = (address: string): boolean => {
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

/** Reads the body chunk by chunk and stops as soon as it passes the cap, so a huge page is never held. */
async function readCapped(response: Response, maxBytes: number, address: string): Promise<Uint8Array> {
  const tooLarge = () => new FetchPageError('too-large', `${address}: the page is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      length += chunk.value.byteLength;
      if (length > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
  }
  return Buffer.concat(chunks, length);
}

function asFetchError(error: unknown, address: string, timeoutMs: number): FetchPageError {
  if (error instanceof FetchPageError) return error;
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new FetchPageError('timeout', `${address}: no complete answer within ${timeoutMs} ms`);
  }
  const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
  return new FetchPageError('network', `${address}: ${cause}`);
}
