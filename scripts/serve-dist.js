/** A small static file server for dist/ (the preview page and its files), on this machine only. */
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json; charset=utf-8',
};

/** Sent with every response: no sniffing, no referrer, no framing by other sites (the pages carry their own CSP). */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "frame-ancestors 'self'",
};

function reply(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  response.end(text);
}

/** The file a request names inside `root`, or null: malformed escapes, NUL bytes and paths out of `root` name none. */
function fileFor(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl || '/', 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = path.resolve(root, pathname.replace(/^\/+/, '') || 'preview.html');
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

function serveDist(root, port, host = '127.0.0.1') {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, 'method not allowed');
    const file = fileFor(root, request.url);
    if (file === null) return reply(response, 400, 'bad request');
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return reply(response, 404, 'not found');
    }
    if (!stat.isFile()) return reply(response, 404, 'not found');
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') return response.end();
    const stream = fs.createReadStream(file);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  });
  // A client that sends garbage must not bring the server down.
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

module.exports = { serveDist, fileFor };
