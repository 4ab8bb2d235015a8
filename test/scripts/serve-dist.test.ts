/** The preview's file server: its own folder only, safe headers, and malformed requests never bring it down. */
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require('../../scripts/serve-dist.js') as { serveDist(root: string, port: number): Promise<http.Server> };

let server: http.Server;
let port: number;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-serve-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(root, 'preview.html'), '<!doctype html><p>ok</p>');
  fs.mkdirSync(path.join(root, 'assets'));
  server = await serveDist(root, 0);
  port = (server.address() as net.AddressInfo).port;
});

afterAll(() => {
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A raw request, so that malformed paths reach the server as sent. */
function raw(request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('close', () => resolve(data));
    socket.on('error', () => resolve(data));
  });
}

const get = (p: string): Promise<string> => raw(`GET ${p} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);

describe('the preview file server', () => {
  it('serves its files with safe headers', async () => {
    const response = await get('/preview.html');
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toMatch(/X-Content-Type-Options: nosniff/i);
    expect(response).toMatch(/Referrer-Policy: no-referrer/i);
    expect(response).toContain('<p>ok</p>');
  });

  it('answers malformed or hostile requests plainly and keeps serving', async () => {
    expect(await get('/%E0%A4%A')).toMatch(/^HTTP\/1\.1 400/);
    expect(await get('/a%00b')).toMatch(/^HTTP\/1\.1 400/);
    expect(await get('/../../etc/passwd')).toMatch(/^HTTP\/1\.1 404/);
    expect(await get('/assets')).toMatch(/^HTTP\/1\.1 404/);
    expect(await raw('POST /preview.html HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 405/);
    await raw('THIS IS NOT HTTP\r\n\r\n');
    expect(await get('/preview.html')).toMatch(/^HTTP\/1\.1 200/);
  });
});
