/**
 * A target table turned into its year-end self-evaluation form: the targets, each row's weight by the Ministry's
 * convention (产出 50 — costs included —, 效益 30, 满意度 10, budget execution 10, split evenly over each group's rows
 * in whole points), the budget as the year's initial budget, and everything the unit fills in at year end left blank.
 */
import type { Project } from '../model';
import { standardLevel1 } from '../check/taxonomy';
import type { EvaluationContent, EvaluationIndicator } from './self-evaluation-table';
import { standardValue, tidy } from './standard-content';

export const CONVENTION = { 产出: 50, 效益: 30, 满意度: 10, execution: 10 } as const;

/** `total` split over `count` rows in whole points, the remainder to the first rows: 50 over 4 → 13, 13, 12, 12. */
export function splitWeight(total: number, count: number): number[] {
  if (count === 0) return [];
  const base = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => base + (i < total - base * count ? 1 : 0));
}

function groupOf(level1: string): '产出' | '效益' | '满意度' | null {
  const standard = standardLevel1(level1);
  if (standard === '成本') return '产出';
  return standard === '产出' || standard === '效益' || standard === '满意度' ? standard : null;
}

export interface EvaluationDraft {
  content: EvaluationContent;
  /** Level-1 groups the table has no row for (their points cannot be given), and rows outside the four. */
  missingGroups: string[];
  ungrouped: string[];
}

export function evaluationDraft(project: Project, year: number | null): EvaluationDraft {
  const groups = project.indicators.map((i) => groupOf(i.level1));
  const weights = new Map<number, number>();
  const missingGroups: string[] = [];
  for (const group of ['产出', '效益', '满意度'] as const) {
    const rows = groups.flatMap((g, i) => (g === group ? [i] : []));
    if (rows.length === 0) missingGroups.push(group);
    splitWeight(CONVENTION[group], rows.length).forEach((w, k) => weights.set(rows[k], w));
  }
  const indicators: EvaluationIndicator[] = project.indicators.map((indicator, i) => ({
    level1: tidy(indicator.level1),
    level2: tidy(indicator.level2),
    level3: tidy(indicator.level3),
    target: standardValue(indicator),
    actual: null,
    weight: weights.get(i) ?? null,
    score: null,
    reason: '',
  }));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) + CONVENTION.execution;
  return {
    content: {
      title: '项目支出绩效自评表',
      yearLine: year ? `（${year}年度）` : '（    年度）',
      name: tidy(project.name),
      department: '',
      agency: tidy(project.agency),
      moneyUnit: project.budgetUnit,
      total: { label: '年度资金总额', initial: project.budget, fullYear: null, executed: null },
      parts: [
        { label: '其中：当年财政拨款', initial: project.fiscal, fullYear: null, executed: null },
        { label: '上年结转资金', initial: project.carryOver, fullYear: null, executed: null },
        { label: '其他资金', initial: project.other || null, fullYear: null, executed: null },
      ],
      executionWeight: CONVENTION.execution,
      executionRate: null,
      executionScore: null,
      goal: tidy(project.goal),
      goalActual: '',
      indicators,
      totals: { weight: total, score: null },
    },
    missingGroups,
    ungrouped: project.indicators.filter((_, i) => groups[i] === null).map((i) => tidy(i.level3) || tidy(i.description)),
  };
}
