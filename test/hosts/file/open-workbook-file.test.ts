/**
 * Opening a file from disk: what is not a regular file is refused for what it is (a device, a pipe, a folder; never
 * "permission denied"), and a file over the size limit before its bytes are read.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openWorkbookFile, type OpenResult } from '../../../src/hosts/file/open-workbook-file';
import { SAMPLE_PER_SHEET } from '../../helpers/samples';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-open-'));

function refusal(result: OpenResult): { code: string; zh: string; en: string } {
  if (result.ok) throw new Error('expected the file to be refused');
  return { code: result.error.code, zh: result.error.message['zh-CN'], en: result.error.message['en-US'] };
}

/** A FIFO where the platform can make one (mkfifo); null, with the reason printed, where it cannot. */
function makeFifo(): string | null {
  const file = path.join(dir, 'pipe.xlsx');
  const made = spawnSync('mkfifo', [file]);
  if (made.error || made.status !== 0) {
    console.log(`SKIPPED: FIFO test (mkfifo is not available here: ${made.error?.message ?? made.stderr?.toString().trim()})`);
    return null;
  }
  return file;
}

const fifo = makeFifo();
const devZero = fs.existsSync('/dev/zero') ? '/dev/zero' : null;
if (!devZero) console.log('SKIPPED: /dev/zero test (no /dev/zero on this platform)');

describe('openWorkbookFile on what is not a workbook file', () => {
  (devZero ? it : it.skip)('refuses /dev/zero as a device, at once', async () => {
    const started = Date.now();
    expect(refusal(await openWorkbookFile(devZero!))).toEqual({
      code: 'not-a-file',
      zh: '这是一个设备（如 /dev/zero），不是 .xlsx 文件',
      en: 'This is a device (such as /dev/zero), not an .xlsx file',
    });
    // Also through a link named like a workbook.
    const link = path.join(dir, 'zero.xlsx');
    fs.symlinkSync(devZero!, link);
    expect(refusal(await openWorkbookFile(link)).code).toBe('not-a-file');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  (fifo ? it : it.skip)('refuses a FIFO as a pipe, without waiting for a writer', async () => {
    const started = Date.now();
    expect(refusal(await openWorkbookFile(fifo!))).toEqual({
      code: 'not-a-file',
      zh: '这是一个管道（FIFO），不是 .xlsx 文件；请先把内容保存为文件',
      en: 'This is a pipe (FIFO), not an .xlsx file; save its content to a file first',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a folder as a folder', async () => {
    expect(refusal(await openWorkbookFile(dir))).toMatchObject({ code: 'not-a-file', zh: '这是一个文件夹，不是 .xlsx 文件' });
  });

  it('says a missing file is missing', async () => {
    expect(refusal(await openWorkbookFile(path.join(dir, 'missing.xlsx'))).code).toBe('file-not-found');
    expect(refusal(await openWorkbookFile(path.join(SAMPLE_PER_SHEET, 'inside.xlsx'))).code).toBe('file-not-found');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = path.join(dir, 'big.xlsx');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 51 * 1024 * 1024); // sparse: nothing written
    const started = Date.now();
    expect(refusal(await openWorkbookFile(big))).toEqual({
      code: 'too-large',
      zh: '文件太大（51 MB），超过了读取上限 50 MB',
      en: 'The file is too large (51 MB); the reading limit is 50 MB',
    });
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('takes other limits', async () => {
    expect(refusal(await openWorkbookFile(SAMPLE_PER_SHEET, { limits: { maxFileBytes: 10_000 } })).code).toBe('too-large');
    expect(refusal(await openWorkbookFile(SAMPLE_PER_SHEET, { limits: { maxCells: 10 } })).code).toBe('too-many-cells');
    expect((await openWorkbookFile(SAMPLE_PER_SHEET)).ok).toBe(true);
  });
});
