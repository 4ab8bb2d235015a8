/** `ptcheck extract --explain`: per table, how its grid was found and each column's role, with the evidence. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ptcheck, tempDir } from './cli-helpers';

async function unknownHeadings(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('目标表');
  [
    ['项目名称', '社区养老服务补贴'],
    ['年度预算数(万元)', 120],
    ['年度绩效目标', '为全区老人提供居家养老服务'],
    ['类别', '项目', '内容', '当年预期实现值'],
    ['产出指标', '数量指标', '服务老人人数', '≥500人'],
    ['产出指标', '质量指标', '服务合格率', '≥95%'],
    ['效益指标', '社会效益指标', '独居老人探访覆盖率', '≥80%'],
    ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
  ].forEach((row) => sheet.addRow(row));
  await workbook.xlsx.writeFile(file);
}

describe('ptcheck extract --explain', () => {
  const file = path.join(tempDir(), 'unknown-headings.xlsx');
  beforeAll(() => unknownHeadings(file));

  it('prints how a grid with unknown headings was read, column by column', () => {
    const run = ptcheck(['extract', file, '--format', 'table', '--explain']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('表 目标表!A4（第1–8 行，社区养老服务补贴）：按单元格内容识别（表头未能识别）');
    expect(run.stdout).toMatch(/A +一级指标：标题“类别”（未识别）；内容：3 个一级指标名称/);
    expect(run.stdout).toMatch(/B +二级指标：标题“项目”（未识别）；内容：3 个二级指标名称/);
    expect(run.stdout).toMatch(/D +指标值：标题“当年预期实现值”（未识别）；内容：4 个指标值/);
  });

  it('adds the same as "explain" to the JSON, and only when asked', () => {
    const [explained] = JSON.parse(ptcheck(['extract', file, '--explain']).stdout);
    expect(explained.explain).toHaveLength(1);
    expect(explained.explain[0]).toMatchObject({ sheet: '目标表', table: '社区养老服务补贴', kind: 'project', foundBy: 'content', header: 'A4' });
    expect(explained.explain[0].columns.map((c: { column: string; role: string }) => `${c.column}:${c.role}`)).toEqual(['A:level1', 'B:level2', 'C:level3', 'D:value']);
    const [plain] = JSON.parse(ptcheck(['extract', file]).stdout);
    expect(plain.explain).toBeUndefined();
    expect(plain.projects[0].indicators).toHaveLength(4);
  });

  it('says so in English too', () => {
    const run = ptcheck(['extract', file, '--format', 'table', '--explain', '--lang', 'en-US']);
    expect(run.stdout).toContain('found by its cells (headings not recognised)');
  });
});
