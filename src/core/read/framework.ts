/** Which indicator taxonomy a table follows, from where its cost indicators sit. */
import type { EmptyCategoryRow, Framework, Indicator } from '../model';
import { squeeze } from '../normalize/text';

export function detectFramework(
  indicators: Pick<Indicator, 'level1' | 'level2'>[],
  emptyRows: Pick<EmptyCategoryRow, 'level1' | 'level2'>[] = [],
): Framework {
  const rows = [...indicators, ...emptyRows].map((r) => ({ level1: squeeze(r.level1), level2: squeeze(r.level2) }));
  if (rows.some((r) => /^成本指标?$/.test(r.level1))) return '2021';
  if (rows.some((r) => /^(经济|社会|生态环境|生态)成本指标$/.test(r.level2))) return '2021';
  if (rows.some((r) => /^产出指标?$/.test(r.level1) && /^成本指标?$/.test(r.level2))) return '2015';
  return 'unknown';
}
