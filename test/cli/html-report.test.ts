/**
 * @jest-environment jsdom
 */
/**
 * `ptcheck check --format html`: one self-contained page — nothing external, a Content-Security-Policy that allows
 * nothing but its inline styles, every text escaped (a browser's parser reads back exactly the workbook's text), the
 * counts and the chart agreeing with the JSON.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ptcheck, tempDir } from './cli-helpers';
import { SAMPLE_PER_SHEET } from '../helpers/samples';
import { FORMULA_CODE, HOSTILE_NAME, HOSTILE_SHEET, hostileWorkbook } from './hostile-workbook';
import { escapeHtml } from '../../src/cli/html-report';

interface FindingJson {
  rule: string;
  severity: string;
  message: string;
}

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('ptcheck check --format html', () => {
  let file: string;
  let html: string;
  let status: number | null;
  let findings: FindingJson[];
  beforeAll(async () => {
    file = await hostileWorkbook();
    const run = ptcheck(['check', file, '--format', 'html']);
    html = run.stdout;
    status = run.status;
    findings = JSON.parse(ptcheck(['check', file, '--format', 'json']).stdout)[0].findings;
  });

  it('is one page that loads nothing: a CSP allowing only inline styles, no script, no link, no source, no url()', () => {
    expect(status).toBe(1);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href|action|srcset|xlink:href)\s*=/i);
    expect(html).not.toMatch(/url\(|@import|<link|<img|<iframe|<object|<embed|<base/i);
    const doc = page(html);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed, base').length).toBe(0);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
  });

  it('escapes every text from the workbook: the parser reads back exactly what the table says', () => {
    expect(html).toContain(escapeHtml(HOSTILE_NAME));
    expect(escapeHtml(HOSTILE_NAME)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 项目');
    const doc = page(html);
    const headings = [...doc.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toContain(`工作表 ${HOSTILE_SHEET} — ${HOSTILE_NAME} (${FORMULA_CODE})`);
    const messages = [...doc.querySelectorAll('section table tr td:nth-child(3)')].map((td) => td.textContent);
    expect(messages).toEqual(findings.map((f) => f.message));
    expect(doc.querySelectorAll('b').length).toBe(0); // the <b> in the sheet name stayed text
  });

  it('counts as the JSON does, and charts the findings per rule', () => {
    const doc = page(html);
    const [labels, counts] = [...doc.querySelectorAll('table.counts tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    const count = (severity: string): string => String(findings.filter((f) => f.severity === severity).length);
    expect(Object.fromEntries(labels.map((label, i) => [label, counts[i]]))).toEqual({
      文件: '1',
      表格: '2',
      错误: count('error'),
      警告: count('warning'),
      提示: count('info'),
      无法读取: '0',
    });
    const bars = [...doc.querySelectorAll('table.chart tr')].slice(1).map((tr) => [tr.querySelector('.rule')?.textContent, tr.querySelector('.n')?.textContent]);
    const perRule = new Map<string, number>();
    for (const f of findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
    expect(Object.fromEntries(bars)).toEqual(Object.fromEntries([...perRule].map(([rule, n]) => [rule, String(n)])));
    const widths = [...doc.querySelectorAll('table.chart .bar')].map((bar) => (bar as HTMLElement).style.width);
    expect(widths[0]).toBe('100%'); // the longest bar; the others in proportion
  });

  it('groups by file and project over a folder, names the file it could not read, filters by severity, in English when asked', () => {
    const dir = tempDir();
    fs.copyFileSync(SAMPLE_PER_SHEET, path.join(dir, 'a.xlsx'));
    fs.writeFileSync(path.join(dir, 'b.xlsx'), '<html>an export</html>');
    const run = ptcheck(['check', dir, '--format', 'html', '--severity', 'warning', '--lang', 'en-US']);
    expect(run.status).toBe(2);
    const doc = page(run.stdout);
    expect(doc.documentElement.lang).toBe('en-US');
    expect([...doc.querySelectorAll('section h2')].map((h) => h.textContent)).toEqual([`File: ${path.join(dir, 'a.xlsx')}`, `File: ${path.join(dir, 'b.xlsx')}`]);
    expect(doc.querySelector('section p.unreadable')?.textContent).toMatch(/^Unreadable: .*HTML or XML.* html-or-xml$/);
    expect(doc.querySelectorAll('section table tr td .sev').length).toBe(5); // 1 error and 4 warnings; info left out
    expect(doc.querySelectorAll('section h3').length).toBe(4); // the projects with findings shown
    expect(run.stdout).not.toMatch(/<script|\b(src|href)\s*=/i);
  });
});
