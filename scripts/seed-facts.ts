/**
 * The facts of the 2024 example (samples/seed-tables.json): 13 project tables and the department-wide prose, as
 * written in the seed document. The sample workbooks, the benchmark and the tests are built from them.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { TableContent } from '../src/core/generate/standard-table';

export interface SeedIndicator {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  value: string;
  basis: string;
}

export interface SeedProject {
  number: number;
  title: string;
  agency: string;
  unitLine: string;
  code: string;
  name: string;
  /** Money as written ("20.00"); other money is "" when blank. */
  budget: string;
  fiscal: string;
  other: string;
  usage: string;
  planHeadings: string[];
  /** As written ("25%"), "" when blank. */
  plan: string[];
  goal: string;
  indicators: SeedIndicator[];
}

export interface SeedDepartment {
  title: string;
  /** In document order; a heading is a line such as "一、总体绩效目标" or "（一）抓好重点项目建设". */
  lines: string[];
}

export interface SeedFacts {
  department: SeedDepartment;
  projects: SeedProject[];
}

/** Reads samples/seed-tables.json from the repository root. */
export function loadSeedFacts(root: string): SeedFacts {
  return JSON.parse(fs.readFileSync(path.join(root, 'samples', 'seed-tables.json'), 'utf8')) as SeedFacts;
}

/** A seed project as a table to lay out: money and plan as numbers (a typed template) or as written (text). */
export function tableContentOf(project: SeedProject, asNumbers: boolean, numberedTitle: boolean): TableContent {
  const money = (text: string): string | number | null => (text === '' ? null : asNumbers ? Number(text) : text);
  const share = (text: string): string | number | null =>
    text === '' ? null : asNumbers ? Number(text.replace('%', '')) / 100 : text;
  return {
    title: numberedTitle ? `${project.number}.${project.title}` : project.title,
    agency: project.agency,
    unitLine: project.unitLine,
    code: project.code,
    name: project.name,
    budget: money(project.budget),
    fiscal: money(project.fiscal),
    other: money(project.other),
    usage: project.usage,
    planHeadings: project.planHeadings,
    plan: project.plan.map(share),
    goal: project.goal,
    indicators: project.indicators.map((i) => ({ ...i })),
  };
}
