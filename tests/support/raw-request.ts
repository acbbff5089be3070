import { connect } from 'node:net';

/**
 * Sends one request line exactly as given (no client library would send a
 * malformed one) over a new connection, and returns the status line of the
 * answer, such as "HTTP/1.1 400 Bad Request".
 */
export async function rawRequest(port: number, requestLine: string): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  let answer = '';
  for await (const chunk of socket) answer += chunk;
  return answer.split('\r\n')[0]!;
}

/** Request lines whose target no URL parser accepts: a port out of range, an unclosed IPv6 address, a bad escape. */
export const MALFORMED_REQUEST_LINES = [
  'GET http://a:99999/ HTTP/1.1',
  'GET http://[::1 HTTP/1.1',
  'GET /%zz HTTP/1.1',
];
