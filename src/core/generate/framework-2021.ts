/**
 * An older-framework table (财预〔2015〕88号 era: 成本指标 under 产出指标) mapped onto the 2021 framework
 * (财预〔2021〕101号: 成本指标 at level 1 with 经济成本 / 社会成本 / 生态环境成本), by rule. What no rule places — a
 * level-1 outside the four, a level-2 nobody knows — is kept as written and reported, never dropped.
 */
import type { TableIndicator } from './standard-table';
import { baseName, homeOf, standardLevel1 } from '../check/taxonomy';

export interface MappingNote {
  /** The row (0-based, in the table's indicator list) and what happened to it. */
  index: number;
  kind: 'moved' | 'unplaced';
  message: { 'zh-CN': string; 'en-US': string };
}

const LEVEL1_ORDER = ['产出', '成本', '效益', '满意度'];
const SOCIAL_COST = /社会|群众|居民|就业|安置|征地|拆迁/;
const ECOLOGICAL_COST = /生态|环境|污染|排放|能耗|碳|植被|水土/;

function costKind(text: string): string {
  if (ECOLOGICAL_COST.test(text)) return '生态环境成本指标';
  if (SOCIAL_COST.test(text)) return '社会成本指标';
  return '经济成本指标';
}

/** The 2021 level-1 and level-2 of one indicator, or null where no rule applies. */
function place(indicator: TableIndicator): { level1: string; level2: string; moved: boolean } | null {
  const level1 = standardLevel1(indicator.level1) ?? (indicator.level1 === '' ? homeOf(baseName(indicator.level2)) : null);
  const level2 = baseName(indicator.level2);
  if (level1 === null) return null;
  if (level1 === '产出' && level2 === '成本') {
    return { level1: '成本指标', level2: costKind(`${indicator.level3}${indicator.description}`), moved: true };
  }
  if (level1 === '效益' && /满意度$/.test(level2)) return { level1: '满意度指标', level2: '服务对象满意度指标', moved: true };
  const home = homeOf(level2);
  if (level2 !== '' && home === null) return null;
  const standardLevel2 = level2 === '环境效益' || level2 === '生态环境效益' ? '生态效益' : level2 === '满意度' ? '服务对象满意度' : level2;
  return { level1: `${level1}指标`, level2: standardLevel2 === '' ? '' : `${standardLevel2}指标`, moved: false };
}

export function mapTo2021(indicators: TableIndicator[]): { indicators: TableIndicator[]; notes: MappingNote[] } {
  const notes: MappingNote[] = [];
  const placed = indicators.map((indicator, index) => {
    const target = place(indicator);
    if (!target) {
      notes.push({
        index,
        kind: 'unplaced',
        message: {
          'zh-CN': `“${indicator.level3 || indicator.description}”（${indicator.level1 || '一级指标为空'}/${indicator.level2 || '二级指标为空'}）无法按规则归入 2021 年框架，原样保留，请人工确定其一级、二级指标`,
          'en-US': `"${indicator.level3 || indicator.description}" (${indicator.level1 || 'no level 1'}/${indicator.level2 || 'no level 2'}) has no place in the 2021 framework by rule; kept as written for you to place`,
        },
      });
      return { indicator, order: LEVEL1_ORDER.length, index };
    }
    if (target.moved) {
      notes.push({
        index,
        kind: 'moved',
        message: {
          'zh-CN': `“${indicator.level3 || indicator.description}”由 ${indicator.level1}/${indicator.level2} 调整为 ${target.level1}/${target.level2}`,
          'en-US': `"${indicator.level3 || indicator.description}" moved from ${indicator.level1}/${indicator.level2} to ${target.level1}/${target.level2}`,
        },
      });
    }
    const order = LEVEL1_ORDER.indexOf(baseName(target.level1));
    return { indicator: { ...indicator, level1: target.level1, level2: target.level2 }, order, index };
  });
  // The 2021 order of level-1 headings; rows keep their order within each.
  placed.sort((a, b) => a.order - b.order || a.index - b.index);
  return { indicators: placed.map((p) => p.indicator), notes };
}
