/** Runs the real `ptcheck` command (bin/ptcheck.js over the compiled lib/) as a user would. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../helpers/samples';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function ptcheck(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'ptcheck.js'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PTCHECK_LANG: '', NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-test-'));
}

export function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(run.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}
