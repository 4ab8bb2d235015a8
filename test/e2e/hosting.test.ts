/**
 * The intranet hosting that docs/deploy.md documents, tried for real: nginx runs the guide's own `server` block (read
 * from the guide, with the port and folder of this run, TLS left out) over the built dist/, and every kind of file the
 * add-in serves must come with its proper type. Skipped (and reported so) where nginx is not installed.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..');
const DIST = path.join(REPO, 'dist');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const MIME_TYPES = ['/etc/nginx/mime.types'].find((p) => fs.existsSync(p));

/** The guide's nginx example, adapted to a loopback port and this build's dist/ (TLS needs certificates: left out). */
function documentedServer(port: number): string {
  const guide = fs.readFileSync(path.join(REPO, 'docs', 'deploy.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(guide)?.[1];
  if (!block) throw new Error('docs/deploy.md has no nginx example');
  return block
    .replace(/listen\s+443\s+ssl;/, `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_certificate\S*\s+[^;]+;\s*$/gm, '')
    .replace(/alias\s+\/srv\/ptcheck\/dist\/;/, `alias ${DIST}/;`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function head(port: number, file: string): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: `/ptcheck/${file}` }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? '') });
      })
      .on('error', reject);
  });
}

const available = NGINX !== undefined && MIME_TYPES !== undefined && fs.existsSync(path.join(DIST, 'taskpane.html'));
if (!available) console.warn('SKIPPED: hosting test — nginx (or a built dist/) is not on this machine; .ci/run installs nginx');
const it_ = available ? it : it.skip;

describe('the documented intranet hosting (nginx)', () => {
  let nginx: ChildProcess | undefined;
  let port = 0;
  let dir = '';

  beforeAll(async () => {
    if (!available) return;
    port = await freePort();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-nginx-'));
    const conf = [
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'daemon off;',
      'events {}',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      documentedServer(port),
      '}',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
    const test = spawnSync(NGINX!, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx rejects the documented configuration:\n${test.stderr}`);
    nginx = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try {
        await head(port, 'taskpane.html');
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error('nginx did not start');
  });

  afterAll(() => {
    nginx?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it_.each([
    ['taskpane.html', /^text\/html; charset=utf-8$/],
    ['taskpane.js', /^application\/javascript; charset=utf-8$/],
    ['commands.html', /^text\/html; charset=utf-8$/],
    ['commands.js', /^application\/javascript; charset=utf-8$/],
    ['manifest.xml', /^(text|application)\/xml(; charset=utf-8)?$/],
    ['assets/icon-32.png', /^image\/png$/],
    ['assets/icon-80.png', /^image\/png$/],
    ['samples/caofeidian-2024.xlsx', /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/],
  ])('serves %s as %s', async (file, type) => {
    const response = await head(port, file);
    expect(response.status).toBe(200);
    expect(response.type).toMatch(type);
  });
});
