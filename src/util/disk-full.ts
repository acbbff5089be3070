/**
 * Whether an error is the disk being full: ENOSPC on the error or on any
 * error it wraps (Eleventy wraps it in its own; the search index's worker
 * passes it on as text).
 */
export function isDiskFull(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 10; depth++) {
    const { code, message, originalError, cause } = e as {
      code?: unknown;
      message?: unknown;
      originalError?: unknown;
      cause?: unknown;
    };
    if (code === 'ENOSPC' || (typeof message === 'string' && /\bENOSPC\b|no space left on device/i.test(message)))
      return true;
    e = originalError ?? cause;
  }
  return false;
}
