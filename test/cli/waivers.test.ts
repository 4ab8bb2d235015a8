/**
 * `ptcheck` honours the waivers a reviewer stored in the workbook with the add-in (忽略), as the pane does: a waived
 * finding carries `waived` in the JSON and shows as 已忽略 in every format, a waived error does not make the exit code
 * 1, and --ignore-waivers checks as if none were stored. The workbooks here carry the waivers where Excel keeps them
 * (a custom XML part, or the setting older versions of the add-in used).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { ptcheck, tempDir } from './cli-helpers';
import { readGrid, SAMPLE_PER_SHEET } from '../helpers/samples';
import { reviewWorkbook } from '../../src/core/workflow/review';
import { waiverFor, type Waiver } from '../../src/core/review/waivers';
import { WAIVER_SETTING, waiversToXml } from '../../src/core/review/waiver-store';
import { withCustomXmlPart } from '../../src/hosts/file/xlsx/custom-xml-part';
import { readXlsxWaivers } from '../../src/hosts/file/xlsx/read-xlsx';
import type { FileEntryJson } from '../../src/core/contract';

const REASON = '已与财政局核实，按批复口径填列';
const AT = new Date('2026-12-01T08:00:00Z');

describe('ptcheck and the waivers stored in a workbook', () => {
  const dir = tempDir();
  const review = reviewWorkbook(readGrid(SAMPLE_PER_SHEET));
  const errors = review.findings.filter((f) => f.severity === 'error');
  const waivers: Waiver[] = errors.map((f) => waiverFor(f, REASON, AT));
  const waivedKeys = new Set(waivers.map((w) => w.key));
  const waivedFile = path.join(dir, 'waived.xlsx');
  fs.writeFileSync(waivedFile, withCustomXmlPart(fs.readFileSync(SAMPLE_PER_SHEET), waiversToXml(waivers)));

  const json = (file: string, ...args: string[]): { status: number | null; entry: FileEntryJson } => {
    const run = ptcheck(['check', file, '-f', 'json', ...args]);
    return { status: run.status, entry: (JSON.parse(run.stdout) as FileEntryJson[])[0] };
  };

  it('the sample has errors to waive, and the file with the part reads back the same waivers', () => {
    expect(errors.length).toBeGreaterThan(0);
    expect(readXlsxWaivers(fs.readFileSync(waivedFile))).toEqual(waivers);
    expect(readXlsxWaivers(fs.readFileSync(SAMPLE_PER_SHEET))).toEqual([]);
  });

  it('marks waived findings in the JSON, with the reason, and exits 0 when every error is waived', () => {
    const plain = json(SAMPLE_PER_SHEET);
    const waived = json(waivedFile);
    expect(plain.status).toBe(1);
    expect(waived.status).toBe(0);
    // The same findings, in the same order; only `waived` differs.
    expect(waived.entry.findings.map(({ waived: _w, ...f }) => f)).toEqual(plain.entry.findings);
    const marked = waived.entry.findings.filter((f) => f.waived);
    expect(marked).toHaveLength(errors.length);
    for (const f of marked) {
      expect(f.severity).toBe('error');
      expect(f.waived).toEqual({ reason: REASON, at: AT.toISOString() });
    }
    expect(plain.entry.findings.some((f) => 'waived' in f)).toBe(false);
  });

  it('--ignore-waivers checks as if none were stored', () => {
    const ignored = json(waivedFile, '--ignore-waivers');
    expect(ignored.status).toBe(1);
    expect(ignored.entry.findings).toEqual(json(SAMPLE_PER_SHEET).entry.findings);
  });

  it('waivers of other findings leave the errors open: exit code 1', () => {
    const warning = review.findings.find((f) => f.severity === 'warning');
    expect(warning).toBeDefined();
    const file = path.join(dir, 'warning-waived.xlsx');
    fs.writeFileSync(file, withCustomXmlPart(fs.readFileSync(SAMPLE_PER_SHEET), waiversToXml([waiverFor(warning!, REASON, AT)])));
    const run = json(file);
    expect(run.status).toBe(1);
    expect(run.entry.findings.filter((f) => f.waived).map((f) => f.rule)).toEqual(review.findings.filter((f) => f.key === warning!.key).map((f) => f.rule));
    expect(run.entry.findings.filter((f) => f.severity === 'error' && !f.waived)).toHaveLength(errors.length);
  });

  it('shows them as 已忽略 with the reason in the table, and counts them apart', () => {
    const run = ptcheck(['check', waivedFile]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^\s+已忽略\s/.test(l))).toHaveLength(errors.length);
    expect(lines.filter((l) => l.includes(`忽略理由: ${REASON}`))).toHaveLength(errors.length);
    expect(lines.some((l) => /^\s+错误\s/.test(l))).toBe(false);
    expect(lines[lines.length - 2]).toMatch(new RegExp(`0 个错误.*（另有 ${errors.length} 个已忽略）`));
    const english = ptcheck(['check', waivedFile, '--lang', 'en-US']);
    expect(english.stdout).toContain(`Reason waived: ${REASON}`);
    expect(english.stdout).toMatch(new RegExp(`0 errors.*\\(and ${errors.length} waived\\)`));
  });

  it('gives the reason in the CSV\'s last column, and 已忽略 in the HTML report', () => {
    const csv = ptcheck(['check', waivedFile, '-f', 'csv']).stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0].split(',').pop()).toBe('"已忽略（理由）"');
    const rows = csv.slice(1);
    expect(rows.filter((r) => r.endsWith(`,"${REASON}"`))).toHaveLength(errors.length);
    expect(rows.filter((r) => r.endsWith(',""'))).toHaveLength(rows.length - errors.length);
    const html = ptcheck(['check', waivedFile, '-f', 'html']).stdout;
    expect(html.match(/<tr class="waived">/g)).toHaveLength(errors.length);
    expect(html).toContain(`忽略理由: ${REASON}`);
  });

  it('the annotated copy leaves waived findings unmarked, lists them with their reason, and keeps the waivers', async () => {
    const copy = path.join(dir, 'copy.xlsx');
    const all = path.join(dir, 'all.xlsx');
    expect(ptcheck(['check', waivedFile, '--annotate', copy]).status).toBe(0);
    expect(ptcheck(['check', waivedFile, '--annotate', all, '--ignore-waivers']).status).toBe(1);
    expect(readXlsxWaivers(fs.readFileSync(copy))).toEqual(waivers);
    const notesOf = async (file: string): Promise<string[]> => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const notes: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
        const note = cell.note;
        const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
        if (text.startsWith('【绩效审核')) notes.push(text);
      })));
      return notes;
    };
    const marked = (await notesOf(copy)).join('\n');
    const everything = (await notesOf(all)).join('\n');
    for (const f of errors) {
      expect(everything).toContain(f.message['zh-CN']);
      expect(marked).not.toContain(`【绩效审核·错误】${f.message['zh-CN']}`);
    }
    // The copy opened again by ptcheck gives the same result as the original.
    expect(json(copy).entry.findings.filter((f) => f.waived)).toHaveLength(errors.length);
  });

  it('reads the waivers older versions of the add-in kept in its settings (the web extension part)', () => {
    const files = unzipSync(fs.readFileSync(SAMPLE_PER_SHEET));
    const value = JSON.stringify(JSON.stringify(waivers)).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    files['xl/webextensions/webextension1.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{A}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="${WAIVER_SETTING}" value="${value}"/></we:properties></we:webextension>`,
    );
    const file = path.join(dir, 'setting.xlsx');
    fs.writeFileSync(file, zipSync(files));
    const run = json(file);
    expect(run.status).toBe(0);
    expect(run.entry.findings.filter((f) => f.waived)).toHaveLength(errors.length);
  });

  it('a damaged waivers part is no reason to refuse the workbook: its findings stay open', () => {
    const file = path.join(dir, 'damaged.xlsx');
    fs.writeFileSync(file, withCustomXmlPart(fs.readFileSync(SAMPLE_PER_SHEET), '<waivers xmlns="urn:ptcheck:waivers:1" version="1">[{"key": <unclosed'));
    const run = json(file);
    expect(run.entry.error).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.entry.findings.some((f) => f.waived)).toBe(false);
  });

  it('generate lists the waived findings as waived in its notes, as the pane does', () => {
    const out = path.join(dir, 'standard.xlsx');
    const run = ptcheck(['generate', waivedFile, '-t', 'standard', '-o', out, '-f', 'json']);
    expect(run.status).toBe(0);
    const notes = (JSON.parse(run.stdout) as { notes: { kind: string; message: string }[] }).notes;
    expect(notes.filter((n) => n.kind === 'waived')).toHaveLength(errors.length);
    for (const n of notes.filter((x) => x.kind === 'waived')) expect(n.message).toContain(`已忽略：${REASON}`);
  });

  it('every waived key is a finding of the workbook', () => {
    for (const key of waivedKeys) expect(review.findings.some((f) => f.key === key)).toBe(true);
  });
});
