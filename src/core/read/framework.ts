/** Which indicator taxonomy a table follows, from where its cost indicators sit. */
import type { EmptyCategoryRow, Framework, Indicator } from '../model';
import { baseName } from '../normalize/level-name';

export function detectFramework(
  indicators: Pick<Indicator, 'level1' | 'level2'>[],
  emptyRows: Pick<EmptyCategoryRow, 'level1' | 'level2'>[] = [],
): Framework {
  const rows = [...indicators, ...emptyRows].map((r) => ({ level1: baseName(r.level1), level2: baseName(r.level2) }));
  if (rows.some((r) => r.level1 === '成本')) return '2021';
  if (rows.some((r) => /^(经济|社会|生态环境|生态|环境)成本$/.test(r.level2))) return '2021';
  if (rows.some((r) => r.level1 === '产出' && r.level2 === '成本')) return '2015';
  return 'unknown';
}
