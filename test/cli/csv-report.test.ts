/** `ptcheck check --format csv`: BOM, one quoted row per finding, formulas neutralised, parsed back field by field. */
import * as fs from 'fs';
import * as path from 'path';
import { ptcheck, tempDir } from './cli-helpers';
import { SAMPLE_PER_SHEET } from '../helpers/samples';
import { AT_SHEET, FORMULA_CODE, HOSTILE_NAME, hostileWorkbook } from './hostile-workbook';
import { csvField, neutraliseFormula } from '../../src/cli/csv-report';

/** RFC 4180, strictly: every field quoted here, "" for a quote inside, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
    let field = '';
    i++;
    for (;;) {
      if (i >= text.length) throw new Error('unterminated field');
      if (text[i] === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        i++;
        break;
      }
      field += text[i++];
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length) throw new Error('last record without CRLF');
  return rows;
}

interface FindingJson {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  project?: string;
  message: string;
  suggestion?: string;
  waived?: { reason: string };
}

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

describe('ptcheck check --format csv', () => {
  let file: string;
  beforeAll(async () => {
    file = await hostileWorkbook();
  });

  it('starts with a BOM, quotes every field, and parses back to the JSON findings row by row', () => {
    const run = ptcheck(['check', file, '--format', 'csv']);
    expect(run.status).toBe(1); // errors found, as with the other formats
    expect(run.stdout.startsWith('\uFEFF"文件","工作表","单元格","项目","级别","规则","问题","建议","已忽略（理由）"\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(run.stdout.slice(1));
    expect(header).toEqual(['文件', '工作表', '单元格', '项目', '级别', '规则', '问题', '建议', '已忽略（理由）']);
    const findings: FindingJson[] = JSON.parse(ptcheck(['check', file, '--format', 'json']).stdout)[0].findings;
    expect(rows).toHaveLength(findings.length);
    rows.forEach((row, i) => {
      const f = findings[i];
      expect(row).toEqual([file, neutraliseFormula(f.sheet), f.cell, neutraliseFormula(f.project ?? ''), SEVERITY_ZH[f.severity], f.rule, f.message, f.suggestion ?? '', f.waived?.reason ?? '']);
    });
    // The hostile texts: formulas carry a leading quote, the rest comes back exactly.
    expect(rows.some((r) => r[3] === `'${FORMULA_CODE}`)).toBe(true);
    expect(rows.some((r) => r[1] === `'${AT_SHEET}`)).toBe(true);
    expect(rows.some((r) => r[6].includes(HOSTILE_NAME))).toBe(true);
    expect(rows.every((r) => !/^[=+\-@\t\r]/.test(r.join('')) && r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('neutralises every way a spreadsheet recognises a formula', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\n=1', '＝1', '－1']) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ['1', '≥9处', 'a=b', '项目-1', '']) expect(neutraliseFormula(text)).toBe(text);
    expect(csvField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
  });

  it('filters by severity, speaks English when asked, and gives a file that could not be read a row of its own', () => {
    const dir = tempDir();
    fs.copyFileSync(SAMPLE_PER_SHEET, path.join(dir, 'a.xlsx'));
    fs.writeFileSync(path.join(dir, 'b.xlsx'), 'not a workbook');
    const run = ptcheck(['check', dir, '--format', 'csv', '--severity', 'warning', '--lang', 'en-US']);
    expect(run.status).toBe(2);
    const [header, ...rows] = parseCsv(run.stdout.slice(1));
    expect(header).toEqual(['file', 'sheet', 'cell', 'project', 'severity', 'rule', 'message', 'suggestion', 'waived (reason)']);
    expect(rows.filter((r) => r[0].endsWith('a.xlsx')).map((r) => r[4]).sort()).toEqual(['error', 'warning', 'warning', 'warning', 'warning']);
    expect(rows.filter((r) => r[0].endsWith('b.xlsx'))).toEqual([[path.join(dir, 'b.xlsx'), '', '', '', 'unreadable', 'not-xlsx', 'Not an .xlsx workbook', '', '']]);
  });
});
