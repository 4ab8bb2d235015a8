/**
 * The indicator library: every kind of project gives a standard table that, once the unit has set the values marked
 * "**", passes every check with no error or warning; before that, the checks point at what is still to be filled.
 */
import { layoutTable } from '../../src/core/generate/standard-table';
import { newTableContent, PROJECT_KINDS, type NewTableFacts } from '../../src/core/generate/indicator-library';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';
import type { CellValue, WorkbookGrid } from '../../src/core/grid';
import type { SheetSpec } from '../../src/core/generate/sheet-spec';

const FACTS: NewTableFacts = {
  name: '2025年某局示例项目',
  code: '13020925P00071310099A',
  agency: '100001某局本级',
  budget: 30,
  fiscal: 30,
  other: 0,
  usage: '用于示例项目的实施',
  goal: '按计划完成示例项目，保障相关工作开展',
  plan: [25, 50, 75, 100],
  year: 2025,
  framework: '2015',
};

function gridOf(cells: SheetSpec['cells'], merges: SheetSpec['merges']): WorkbookGrid {
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(7).fill(null));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(7).fill('General'));
  for (const c of cells) {
    values[c.row][c.col] = c.value;
    if (c.numberFormat) formats[c.row][c.col] = c.numberFormat;
  }
  return { sheets: [{ name: '新表', top: 0, left: 0, values, numberFormats: formats, merges }] };
}

function findingsOf(kindId: string, framework: '2015' | '2021', fillWith: string | null) {
  const kind = PROJECT_KINDS.find((k) => k.id === kindId)!;
  const content = newTableContent(kind, { ...FACTS, framework });
  if (fillWith !== null) for (const i of content.indicators) i.value = String(i.value).replace('**', fillWith);
  const table = layoutTable(content, 0, { groupLabels: 'merge', percentFormat: true, fiscalLabel: '其中：财政资金' });
  const model = readWorkbook(gridOf(table.cells, table.merges));
  return { model, findings: runChecks(model).findings };
}

describe('the indicator library', () => {
  it('has the usual kinds of project, each with output, cost, benefit and satisfaction indicators and its sources', () => {
    expect(PROJECT_KINDS.map((k) => k.id)).toEqual(['operations', 'subsidies', 'training', 'equipment', 'it-systems', 'grants', 'construction', 'reserves', 'plans-studies']);
    for (const kind of PROJECT_KINDS) {
      expect(new Set(kind.indicators.map((i) => i.level1))).toEqual(new Set(['产出指标', '成本指标', '效益指标', '满意度指标']));
      expect(kind.sources.length).toBeGreaterThan(0);
    }
  });

  it.each(PROJECT_KINDS.map((k) => k.id))('%s: filled in, no error or warning, in either framework', (id) => {
    for (const framework of ['2015', '2021'] as const) {
      const { model, findings } = findingsOf(id, framework, '10');
      expect(model.projects).toHaveLength(1);
      expect(model.projects[0].framework).toBe(framework);
      expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule} ${f.message['zh-CN']}`)).toEqual([]);
    }
  });

  it.each(PROJECT_KINDS.map((k) => k.id))('%s: left as made, the checks point at every value still to be set', (id) => {
    const { model, findings } = findingsOf(id, '2015', null);
    const toFill = model.projects[0].indicators.filter((i) => i.value.includes('**')).map((i) => i.cells.value);
    expect(toFill.length).toBeGreaterThan(0);
    const prompt = findings.find((f) => f.rule === 'text/template-prompt');
    expect(prompt).toBeDefined();
    expect([prompt!.cell, ...(prompt!.cells ?? [])]).toEqual(expect.arrayContaining(toFill));
  });
});
