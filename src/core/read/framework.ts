/** Which indicator taxonomy a table follows, from where its cost indicators sit. */
import type { EmptyCategoryRow, Framework, Indicator } from '../model';
import { baseName, standardLevel1 } from '../normalize/level-name';

export function detectFramework(
  indicators: Pick<Indicator, 'level1' | 'level2'>[],
  emptyRows: Pick<EmptyCategoryRow, 'level1' | 'level2'>[] = [],
): Framework {
  // Level-1 names through their local aliases (项目完成指标 is 产出, 项目成本 is 成本).
  const rows = [...indicators, ...emptyRows].map((r) => ({ level1: standardLevel1(r.level1) ?? baseName(r.level1), level2: baseName(r.level2) }));
  if (rows.some((r) => r.level1 === '成本')) return '2021';
  if (rows.some((r) => /^(经济|社会|生态环境|生态|环境)成本$/.test(r.level2))) return '2021';
  if (rows.some((r) => r.level1 === '产出' && r.level2 === '成本')) return '2015';
  return 'unknown';
}
