/**
 * Rule 5: a year before the budget year in the goal or indicator text ("2023年12月底前完成" in a 2024 table): last
 * year's table copied forward. Quiet on what legitimately names an earlier year: document numbers (唐财建【2023】41号,
 * 〔2024〕12号: no 年 follows them), titles in 《》, the names of carried-over funds ("调整2022年产粮大县奖励资金"),
 * comparisons and baselines ("较2023年增长", "在2023年底基础上"), arrears ("2023年及以前年度拖欠账款",
 * "2023年第四季度补贴"), achievements being consolidated ("巩固2023年脱贫成果") and ranges that include the budget year
 * ("2024-2026年"). Later years are targets beyond the budget year (multi-year projects, heating seasons) and stay quiet.
 * The 指标值确定依据 column is not read: a basis may well cite last year's figures.
 */
import { defineRule } from '../define';
import { matchesNotAfterDigit } from '../../normalize/text';
import { budgetYear, indicatorField, isProject, tables } from '../indicator-kinds';
import type { Table } from '../types';

const YEAR = /((?:19|20)\d{2})(?=\s*年)/g; // not after a digit
const RANGE = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年/g;
const COMPARISON_BEFORE = /(较|比|与|同|相比|对比|自|从|截至|截止|基于)\s*$/;
const BASELINE_AFTER = /^年(度|底|末)?\s*(的)?\s*(水平|同期|基础|基数|以来|底数|实际|决算|数据|标准|均值|平均)/;
const FUND_AFTER = /^年度?[^，。；,;]{0,12}(资金|结转|结余|奖励|补助|补贴|项目资金|专项|成果)/;
const ARREARS_AFTER = /^年(度)?\s*(及以前|以前|及之前|之前)|^年(度)?第?[一二三四1-4]季度/;
/** Background: what happened in an earlier year ("2021年7月到期后已通过公开招标", "2019年建成"). */
const PAST_EVENT_AFTER = /^年[^，。；,;]{0,10}(到期|已经?|以来|建成|竣工|开馆|开业|启用|投入使用|成立|开工)/;

export interface YearHit {
  year: number;
  index: number;
}

/** Years in the text that are not the budget year and not one of the legitimate uses. */
export function strayYears(text: string, year: number, exclude: string[]): YearHit[] {
  if (!/\d{4}\s*年/.test(text)) return [];
  let scan = text;
  for (const part of exclude) if (part.length >= 6) scan = scan.split(part).join(' '.repeat(part.length));
  // Titles of documents: 《关于印发2023年度绩效评价结果的通知》
  scan = scan.replace(/《[^》]*》/g, (title) => ' '.repeat(title.length));
  const inRange = new Set<number>();
  for (const range of matchesNotAfterDigit(scan, RANGE)) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from <= year && year <= to) for (let i = range.index!; i < range.index! + range[0].length; i++) inRange.add(i);
  }
  const hits: YearHit[] = [];
  for (const match of matchesNotAfterDigit(scan, YEAR)) {
    const found = Number(match[1]);
    const index = match.index!;
    if (found >= year || inRange.has(index)) continue;
    const before = scan.slice(Math.max(0, index - 4), index);
    const after = scan.slice(index + 4);
    if (COMPARISON_BEFORE.test(before) || BASELINE_AFTER.test(after) || FUND_AFTER.test(after) || ARREARS_AFTER.test(after) || PAST_EVENT_AFTER.test(after)) continue;
    hits.push({ year: found, index });
  }
  return hits;
}

function replaceYears(text: string, hits: YearHit[], year: number): string {
  let out = text;
  for (const hit of [...hits].reverse()) out = out.slice(0, hit.index) + String(year) + out.slice(hit.index + 4);
  return out;
}

export default defineRule({
  meta: {
    id: 'year/mismatch',
    category: 'years',
    severity: 'warning',
    description: {
      'zh-CN': '绩效目标或指标中写了早于预算年度的年份，可能沿用了往年内容（文件文号、结转资金名称、与往年比较等除外）',
      'en-US': 'The goal or indicator text names a year before the budget year, probably copied from an earlier table (document numbers, carried-over funds, comparisons excepted)',
    },
    messages: {
      stray: {
        'zh-CN': '{where}中写的是 {found} 年，本表是 {year} 年预算：可能沿用了往年内容，应为“{suggestion}”',
        'en-US': 'The {whereEn} says {found}, but this is the {year} budget: probably copied from an earlier year; it should read "{suggestion}"',
      },
    },
  },
  check({ model, settings, report }) {
    const where = {
      goal: ['绩效目标', 'goal'],
      level3: ['三级指标', 'indicator name'],
      description: ['指标描述', 'indicator description'],
      value: ['指标值', 'indicator value'],
    } as const;
    const check = (table: Table, text: string, cell: string | undefined, kind: keyof typeof where, field: string, year: number, exclude: string[]): void => {
      if (!cell || text === '') return;
      const hits = strayYears(text, year, exclude);
      if (hits.length === 0) return;
      const suggestion = replaceYears(text, hits, year);
      report({
        table,
        cell,
        messageId: 'stray',
        data: { where: where[kind][0], whereEn: where[kind][1], found: hits[0].year, year, suggestion },
        suggestion: { value: suggestion },
        field,
      });
    };
    for (const table of tables(model)) {
      const year = budgetYear(table, settings);
      if (year === null) continue;
      // The project's own name may carry a year ("2023年…项目" carried over): not a stray year.
      const exclude = isProject(table) ? [table.name ?? '', (table.name ?? '').replace(/^\d{4}年/, '')] : [];
      if (isProject(table) && table.goal) check(table, table.goal, table.cells.goal, 'goal', 'goal', year, exclude);
      for (const indicator of table.indicators) {
        const field = indicatorField(indicator);
        check(table, indicator.level3, indicator.cells.level3, 'level3', `${field}#level3`, year, exclude);
        check(table, indicator.description, indicator.cells.description, 'description', `${field}#description`, year, exclude);
        check(table, indicator.value, indicator.cells.value, 'value', `${field}#value`, year, exclude);
      }
    }
  },
});
