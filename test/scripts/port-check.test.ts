/** `npm start` / `npm run preview` check their port before building (scripts/port-check.js). */
import { spawn } from 'child_process';
import * as net from 'net';
import * as path from 'path';

const { checkPort, portStatus, portFrom } = require('../../scripts/port-check.js') as {
  checkPort(variable: string, fallback: number, env?: Record<string, string | undefined>, command?: string): Promise<number | null>;
  portStatus(port: number): Promise<string>;
  portFrom(value: string | undefined, fallback: number): number | null;
};

const REPO = path.resolve(__dirname, '../..');

/** A server holding a port on 127.0.0.1, as the preview's own server would. */
function occupy(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function portOf(server: net.Server): number {
  return (server.address() as net.AddressInfo).port;
}

function close(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

let errors: string[];
beforeEach(() => {
  errors = [];
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
});
afterEach(() => jest.restoreAllMocks());

describe('portStatus', () => {
  it('tells a taken port from a free one', async () => {
    const server = await occupy();
    const port = portOf(server);
    await expect(portStatus(port)).resolves.toBe('in-use');
    await close(server);
    await expect(portStatus(port)).resolves.toBe('free');
  });

  it('counts a server listening on every interface', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, () => resolve()));
    await expect(portStatus(portOf(server))).resolves.toBe('in-use');
    await close(server);
  });
});

describe('checkPort', () => {
  it('returns the port of the variable, or the default, when it is free', async () => {
    const server = await occupy();
    const port = portOf(server);
    await close(server);
    await expect(checkPort('PREVIEW_PORT', 1, { PREVIEW_PORT: String(port) })).resolves.toBe(port);
    await expect(checkPort('PREVIEW_PORT', port, {})).resolves.toBe(port);
    expect(errors).toEqual([]);
  });

  it('says which port is taken and how to choose another', async () => {
    const server = await occupy();
    const port = portOf(server);
    await expect(checkPort('PREVIEW_PORT', 3000, { PREVIEW_PORT: String(port) }, 'npm run preview')).resolves.toBeNull();
    await close(server);
    expect(errors.join('\n')).toContain(`端口 ${port} 已被占用`);
    expect(errors.join('\n')).toContain(`port ${port} is in use`);
    expect(errors.join('\n')).toContain(`PREVIEW_PORT=${port + 1} npm run preview`);
  });

  it('refuses a value that is no port number, plainly', async () => {
    for (const value of ['abc', '0', '70000', '30.5', '-1']) {
      errors = [];
      await expect(checkPort('PREVIEW_PORT', 3000, { PREVIEW_PORT: value })).resolves.toBeNull();
      expect(errors.join('\n')).toContain(`PREVIEW_PORT=${value} is not a port number`);
    }
    expect(portFrom(' 3001 ', 3000)).toBe(3001);
    expect(portFrom(undefined, 3000)).toBe(3000);
  });
});

describe('npm start with its port taken', () => {
  it('stops at once with the message, without building', async () => {
    const server = await occupy();
    const port = portOf(server);
    const started = Date.now();
    // Its own process group, so that whatever it started can be ended if it does not stop by itself.
    const child = spawn(process.execPath, [path.join(REPO, 'scripts', 'start.js')], {
      cwd: REPO,
      detached: true,
      env: { ...process.env, PTCHECK_PREVIEW: '1', PREVIEW_PORT: String(port), npm_lifecycle_event: 'start' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearTimeout(timer);
    await close(server);
    expect(code).toBe(1);
    expect(output).toContain(`port ${port} is in use`);
    expect(output).toContain(`PREVIEW_PORT=${port + 1} npm start`);
    expect(output).not.toMatch(/building|webpack/);
    // A build takes most of a minute on this machine; the check takes well under a few seconds.
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
