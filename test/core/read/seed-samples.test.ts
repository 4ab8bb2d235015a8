/**
 * Every field of the 13 seed tables, read back from both sample workbooks (one table per sheet with merged cells,
 * and all tables stacked on one sheet with level-1 names written once), must equal the seed's facts, and every
 * reported cell must hold what was reported.
 */
import { readWorkbook } from '../../../src/core/read';
import type { WorkbookGrid } from '../../../src/core/grid';
import { parseA1 } from '../../../src/core/grid';
import type { Model, Project } from '../../../src/core/model';
import { readGrid, SAMPLE_PER_SHEET, SAMPLE_STACKED, seedFacts } from '../../helpers/samples';
import type { SeedProject } from '../../helpers/seed-text';

const facts = seedFacts();

/** An independent reading of the seed's simple values: optional comparator, number, unit. */
function expectedValue(value: string): { comparator: string; number: number; unit: string | null } {
  const match = /^(≥|≤|>|<|＞|＜)?(\d+(?:\.\d+)?)(.*)$/.exec(value);
  if (!match) throw new Error(`seed value ${value} is not of the simple form`);
  const comparator = ({ '＞': '>', '＜': '<' } as Record<string, string>)[match[1]] ?? match[1] ?? '=';
  return { comparator, number: Number(match[2]), unit: match[3] === '' ? null : match[3] };
}

function expectedPlan(plan: string[]): (number | null)[] {
  return plan.map((share) => (share === '' ? null : Number(share.replace('%', ''))));
}

/** The raw content of a cell, straight from the grid (not through the reader). */
function rawCell(grid: WorkbookGrid, sheetName: string, address: string): string | number | boolean | null {
  const sheet = grid.sheets.find((s) => s.name === sheetName)!;
  const at = parseA1(address)!;
  return sheet.values[at.row - sheet.top]?.[at.col - sheet.left] ?? null;
}

function checkProject(grid: WorkbookGrid, project: Project, seed: SeedProject): void {
  expect(project.code).toBe(seed.code);
  expect(project.name).toBe(seed.name);
  expect(project.budget).toBeCloseTo(Number(seed.budget), 10);
  expect(project.fiscal).toBeCloseTo(Number(seed.fiscal), 10);
  expect(project.other).toBe(seed.other === '' ? 0 : Number(seed.other));
  expect(project.budgetUnit).toBe('万元');
  expect(project.budgetUnitAssumed).toBe(false);
  expect(project.plan).toEqual(expectedPlan(seed.plan));
  expect(project.planMonths).toEqual([3, 6, 10, 12]);
  expect(project.goal).toBe(seed.goal);
  expect(project.usage).toBe(seed.usage);
  expect(project.agency).toBe(seed.agency);
  expect(project.year).toBe(2024);
  expect(project.framework).toBe('2015');
  expect(project.indicators).toHaveLength(seed.indicators.length);
  project.indicators.forEach((indicator, i) => {
    const expected = seed.indicators[i];
    expect({
      level1: indicator.level1,
      level2: indicator.level2,
      level3: indicator.level3,
      description: indicator.description,
      value: indicator.value,
      basis: indicator.basis,
    }).toEqual(expected);
    const value = expectedValue(expected.value);
    expect(indicator.parsed.comparator).toBe(value.comparator);
    expect(indicator.parsed.number).toBe(value.number);
    expect(indicator.parsed.unit).toBe(value.unit);
    // Each reported cell holds the reported text (level names come from the cell they were written in).
    for (const field of ['level1', 'level2', 'level3', 'description', 'value', 'basis'] as const) {
      expect(rawCell(grid, project.sheet, indicator.cells[field]!)).toBe(expected[field]);
    }
  });
  expect(rawCell(grid, project.sheet, project.cells.code)).toBe(seed.code);
  expect(rawCell(grid, project.sheet, project.cells.name)).toBe(seed.name);
  expect(Number(rawCell(grid, project.sheet, project.cells.budget))).toBeCloseTo(Number(seed.budget), 10);
  expect(Number(rawCell(grid, project.sheet, project.cells.fiscal))).toBeCloseTo(Number(seed.fiscal), 10);
  expect(rawCell(grid, project.sheet, project.cells.goal)).toBe(seed.goal);
  expect(rawCell(grid, project.sheet, project.cells.usage)).toBe(seed.usage);
}

describe.each([
  ['one table per sheet', SAMPLE_PER_SHEET],
  ['tables stacked on one sheet', SAMPLE_STACKED],
])('sample workbook: %s', (_label, file) => {
  let grid: WorkbookGrid;
  let model: Model;
  beforeAll(() => {
    grid = readGrid(file);
    model = readWorkbook(grid);
  });

  it('finds the 13 project tables and no stray ones', () => {
    expect(model.projects.map((p) => p.code)).toEqual(facts.projects.map((p) => p.code));
    expect(model.notes).toEqual([]);
  });

  it.each(facts.projects.map((p) => [p.number, p] as const))('reads every field of table %i', (_n, seed) => {
    const project = model.projects.find((p) => p.code === seed.code)!;
    checkProject(grid, project, seed);
  });

  it('keeps the department-wide section with its text and figures', () => {
    expect(model.departments).toHaveLength(1);
    const department = model.departments[0];
    expect(department.year).toBe(2024);
    const texts = department.paragraphs.map((p) => p.text);
    const seedParagraphs = facts.department.lines.filter((l) => !/^[一二三]、/.test(l) && !/^（[一二三]）\S{0,15}$/.test(l));
    expect(texts).toEqual(seedParagraphs);
    const keyProjects = department.paragraphs.find((p) => p.text.includes('重点项目477个'))!;
    expect(keyProjects.heading).toBe('（一）抓好重点项目建设');
    expect(keyProjects.figures.map((f) => `${f.number}${f.unit}`)).toEqual([
      '477个',
      '5578亿元',
      '153个',
      '1347亿元',
      '130个',
      '1004亿元',
      '194个',
      '3227亿元',
    ]);
  });
});

describe('cell addresses in the one-table-per-sheet sample', () => {
  it('points at the cells of the template', () => {
    const model = readWorkbook(readGrid(SAMPLE_PER_SHEET));
    const first = model.projects[0];
    expect(first.sheet).toBe('1.国动办机构运行费');
    expect(first.cells).toMatchObject({
      title: 'A1',
      agency: 'A2',
      code: 'B3',
      name: 'E3',
      budget: 'C4',
      fiscal: 'E4',
      other: 'G4',
      usage: 'B5',
      plan3: 'B7',
      plan6: 'C7',
      plan10: 'D7',
      plan12: 'E7',
      goal: 'B8',
    });
    // 产出指标 is merged down A10:A13; its four rows name A10 as the source.
    expect(first.indicators.slice(0, 4).map((i) => i.cells.level1)).toEqual(['A10', 'A10', 'A10', 'A10']);
    expect(first.indicators[4].cells).toMatchObject({ level1: 'A14', level2: 'B14', level3: 'C14', value: 'E14', basis: 'F14' });
  });
});
