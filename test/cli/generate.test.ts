/** `ptcheck generate` on real .xlsx files: every template, the round trip through extract, never overwriting, bad input. */
import * as fs from 'fs';
import * as path from 'path';
import { expectNoStackTrace, ptcheck, tempDir } from './cli-helpers';

const SAMPLE = 'samples/caofeidian-2024.xlsx';

function codesOf(file: string): string[] {
  return JSON.parse(ptcheck(['extract', file]).stdout)[0].projects.map((p: { code: string }) => p.code);
}

describe('ptcheck generate', () => {
  it.each(['standard', 'mof2021', 'self-evaluation'])('writes the %s template, which reads back as the same projects', (template) => {
    const out = path.join(tempDir(), `${template}.xlsx`);
    const run = ptcheck(['generate', SAMPLE, '--template', template, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`已生成 ${out}`);
    expect(fs.existsSync(out)).toBe(true);
    expect(codesOf(out)).toEqual(codesOf(SAMPLE).map((code) => (template === 'self-evaluation' ? null : code)));
    expectNoStackTrace(run);
  });

  it('writes the summary with one row per indicator, and JSON that names the sheets and notes', () => {
    const out = path.join(tempDir(), 'summary.xlsx');
    const run = ptcheck(['generate', SAMPLE, '-t', 'summary', '-o', out, '--format', 'json']);
    expect(run.status).toBe(0);
    const entry = JSON.parse(run.stdout);
    expect(entry).toMatchObject({ file: SAMPLE, template: 'summary', out, sheets: ['指标汇总表', '生成说明'] });
    expect(entry.notes.some((n: { kind: string }) => n.kind === 'skipped')).toBe(true); // the department-wide section
    expect(entry.notes.some((n: { message: string }) => n.message.includes('超过预算数'))).toBe(true); // an unresolved finding
    // The summary is the add-in's own output: extract finds no project in it.
    expect(codesOf(out)).toEqual([]);
  });

  it('puts all tables on one sheet with --stacked', () => {
    const out = path.join(tempDir(), 'stacked.xlsx');
    const run = ptcheck(['generate', SAMPLE, '-t', 'standard', '-o', out, '--stacked', '--format', 'json']);
    expect(JSON.parse(run.stdout).sheets).toEqual(['标准绩效目标表', '生成说明']);
    expect(codesOf(out)).toEqual(codesOf(SAMPLE));
  });

  it('never writes over an existing file unless told to', () => {
    const out = path.join(tempDir(), 'exists.xlsx');
    fs.writeFileSync(out, 'keep me');
    const refused = ptcheck(['generate', SAMPLE, '-t', 'standard', '-o', out, '--format', 'json']);
    expect(refused.status).toBe(2);
    expect(JSON.parse(refused.stdout).error.code).toBe('out-exists');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = ptcheck(['generate', SAMPLE, '-t', 'standard', '-o', out, '--force']);
    expect(forced.status).toBe(0);
    expect(codesOf(out)).toHaveLength(13);
  });

  it('says plainly what is wrong with the input or the options, and writes nothing', () => {
    const dir = tempDir();
    const notXlsx = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notXlsx, '<html>not a workbook</html>');
    const out = path.join(dir, 'out.xlsx');
    const badInput = ptcheck(['generate', notXlsx, '-t', 'standard', '-o', out, '--format', 'json']);
    expect(badInput.status).toBe(2);
    expect(JSON.parse(badInput.stdout).error.code).toBe('html-or-xml');
    const badOut = ptcheck(['generate', SAMPLE, '-t', 'standard', '-o', path.join(dir, 'out.csv'), '--format', 'json']);
    expect(JSON.parse(badOut.stdout).error.code).toBe('out-not-xlsx');
    const badTemplate = ptcheck(['generate', SAMPLE, '-t', 'fancy', '-o', out]);
    expect(badTemplate.status).toBe(2);
    expect(badTemplate.stderr).toContain('fancy');
    const sameFile = ptcheck(['generate', SAMPLE, '-t', 'standard', '-o', SAMPLE, '--force', '--format', 'json']);
    expect(JSON.parse(sameFile.stdout).error.code).toBe('same-file');
    expect(fs.existsSync(out)).toBe(false);
    for (const run of [badInput, badOut, badTemplate, sameFile]) expectNoStackTrace(run);
  });

  it('has nothing to generate from a workbook without project tables', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('说明').getCell('A1').value = '本工作簿只有说明文字';
    const dir = tempDir();
    const file = path.join(dir, 'empty.xlsx');
    await book.xlsx.writeFile(file);
    const run = ptcheck(['generate', file, '-t', 'standard', '-o', path.join(dir, 'out.xlsx'), '--format', 'json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.code).toBe('no-tables');
  });
});
