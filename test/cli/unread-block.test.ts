/**
 * Never a silent clean result in the command: a workbook with indicator rows the reader cannot read gets the warning
 * in its JSON, a line saying so above its findings in the table, csv and html formats (whatever --severity shows),
 * and never 没有发现问题. In process, through the file task and the report sinks; one real run at the end.
 */
import * as path from 'path';
import { runFileTask, type FileOutcome } from '../../src/cli/file-task';
import { CheckTableSink } from '../../src/cli/check';
import { ExtractTableSink } from '../../src/cli/extract';
import { CsvSink } from '../../src/cli/csv-report';
import { HtmlSink } from '../../src/cli/html-report';
import { readWorkbook } from '../../src/core/read';
import { reviewWorkbook } from '../../src/core/workflow/review';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import type { SheetSpec } from '../../src/core/generate/sheet-spec';
import type { CellValue, WorkbookGrid } from '../../src/core/grid';
import { sheet, workbook } from '../helpers/grid';
import { tableRows } from '../helpers/table-builder';
import { UNKNOWN_HEADER_ROWS } from '../helpers/unread-block';
import { ptcheck, tempDir } from './cli-helpers';

const LINE = '1 张表未能完整读取：工作表“培训”第 6–9 行，以下结果不完整';

async function outcome(grid: WorkbookGrid, command: 'check' | 'extract' = 'check', locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<FileOutcome> {
  const steps = { open: async () => ({ ok: true as const, grid, waivers: [] }), read: readWorkbook, review: reviewWorkbook };
  return runFileTask({ input: { file: 'in.xlsx' }, command, locale }, steps as never);
}

const unread = (): WorkbookGrid => workbook(sheet('培训', UNKNOWN_HEADER_ROWS));
const whole = (): WorkbookGrid => workbook(sheet('项目', tableRows()));

function sink(s: { begin(): string; add(o: FileOutcome): string; end(): string }, outcomes: FileOutcome[]): string {
  return s.begin() + outcomes.map((o) => s.add(o)).join('') + s.end();
}

describe('ptcheck on a workbook it cannot read whole', () => {
  it('JSON: the warning, the unread block and every table\'s placement', async () => {
    const { entry } = await outcome(unread());
    expect(entry.findings.filter((f) => f.rule === 'reader/unread-block')).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '培训', cell: 'A6', message: '第 6–9 行有绩效指标内容未能读取，以下结果不完整' }),
    ]);
    expect(entry.unreadBlocks).toEqual([{ sheet: '培训', cell: 'A6', range: 'A6:E9', rows: [6, 9] }]);
    expect(entry.tables).toEqual([expect.objectContaining({ sheet: '培训', kind: 'project', range: 'A1:E9' })]);
    expect(entry.tables![0].placedShare).toBeLessThan(1);
    const extracted = (await outcome(unread(), 'extract')).entry;
    expect(extracted.findings).toEqual([]);
    expect(extracted.unreadBlocks).toHaveLength(1);
  });

  it('table format: the line above the findings, even at --severity error, and never 没有发现问题', async () => {
    const text = sink(new CheckTableSink('error', 'zh-CN'), [await outcome(unread())]);
    expect(text).toContain(LINE);
    expect(text).not.toContain('没有发现问题');
    expect(text).toContain('1 张表未能完整读取，结果不完整');
    expect(text.indexOf(LINE)).toBeLessThan(text.lastIndexOf('共 1 个项目'));
    const english = sink(new CheckTableSink('error', 'en-US'), [await outcome(unread(), 'check', 'en-US')]);
    expect(english).toContain('1 table could not be read whole: sheet "培训" rows 6–9');
    expect(english).not.toContain('No problems found');
    // A table read whole still says it.
    expect(sink(new CheckTableSink('error', 'zh-CN'), [await outcome(whole())])).toContain('没有发现问题');
    expect(sink(new ExtractTableSink('zh-CN'), [await outcome(unread(), 'extract')])).toContain(LINE);
  });

  it('csv: a row of its own, whatever --severity shows', async () => {
    const csv = sink(new CsvSink('error', 'zh-CN'), [await outcome(unread())]);
    expect(csv).toContain(`"in.xlsx","培训","A6","","未完整读取","reader/unread-block","${LINE}",""`);
    expect(sink(new CsvSink('error', 'zh-CN'), [await outcome(whole())])).not.toContain('未完整读取');
  });

  it('html: the line above the findings, a count in the summary, never 没有发现问题', async () => {
    const html = sink(new HtmlSink('error', 'zh-CN', () => new Date(2024, 0, 1)), [await outcome(unread())]);
    expect(html).toContain(LINE);
    expect(html).toContain('未完整读取的表');
    expect(html).not.toContain('没有发现问题');
    expect(sink(new HtmlSink('error', 'zh-CN'), [await outcome(whole())])).toContain('没有发现问题');
  });

  it('the real command says it too (one run)', async () => {
    const rows: CellValue[][] = UNKNOWN_HEADER_ROWS;
    const spec: SheetSpec = {
      name: '培训',
      columnWidths: [12, 12, 12, 12],
      cells: rows.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value: value as string | number | null, style: 'text' as const })).filter((c) => c.value !== null)),
      merges: [],
      bordered: [],
      rowHeights: {},
    };
    const file = path.join(tempDir(), 'unread.xlsx');
    await writeSheetsToFile([spec], file);
    const run = ptcheck(['check', file, '--severity', 'error']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(LINE);
    expect(run.stdout).not.toContain('没有发现问题');
  });
});
