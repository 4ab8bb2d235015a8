/** Units seen in target tables, the non-standard forms that should be normalised, and money conversion. */

export const MONEY_UNITS = ['元', '千元', '万元', '百万元', '亿元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

const YUAN_PER_UNIT: Record<MoneyUnit, number> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  百万元: 1e6,
  亿元: 1e8,
};

export function isMoneyUnit(unit: string | null | undefined): unit is MoneyUnit {
  return unit != null && (MONEY_UNITS as readonly string[]).includes(unit);
}

/** Converts an amount from one money unit to another (元/万元/亿元...). */
export function convertMoney(amount: number, from: MoneyUnit, to: MoneyUnit): number {
  return (amount * YUAN_PER_UNIT[from]) / YUAN_PER_UNIT[to];
}

/**
 * Written forms that have a standard spelling. "万" alone is money only where money is meant (cost indicators,
 * budget cells); the caller says so.
 */
const NON_STANDARD_UNITS = new Map<string, string>(Object.entries({
  百分比: '%',
  百分率: '%',
  '％': '%',
  百分之: '%',
  '‰': '‰',
  圆: '元',
  万圆: '万元',
  人民币元: '元',
  '元人民币': '元',
  '万元人民币': '万元',
  // Latin abbreviations for Chinese units: "≥80M" is 80米.
  M: '米',
  m: '米',
  KM: '公里',
  Km: '公里',
  km: '公里',
  T: '吨',
  t: '吨',
  KG: '千克',
  kg: '千克',
  Kg: '千克',
  '人/次': '人次',
  '户/次': '户次',
}));

/** Standard spelling of a unit, or null when it is already standard (or unknown to us). */
export function standardUnit(unit: string, moneyContext: boolean): string | null {
  if (moneyContext && (unit === '万' || unit === 'W' || unit === 'w')) return '万元';
  if (moneyContext && unit === '亿') return '亿元';
  if (moneyContext && unit === '千') return '千元';
  const mapped = NON_STANDARD_UNITS.get(unit);
  return mapped !== undefined && mapped !== unit ? mapped : null;
}

/**
 * Counting units that a number may carry, used to find a number inside a sentence ("结案率为95%") and to read a unit
 * written inside an indicator name ("城镇新增就业人数（人）"). Longest first so that "人次" wins over "人".
 */
export const KNOWN_UNITS = [
  '万元',
  '亿元',
  '千元',
  '元',
  '人次',
  '户次',
  '个月',
  '工作日',
  '小时',
  '分钟',
  '课时',
  '学时',
  '公里',
  '千米',
  '平方米',
  '平方公里',
  '立方米',
  '百分点',
  '%',
  '‰',
  '个',
  '件',
  '人',
  '次',
  '批',
  '台',
  '套',
  '处',
  '项',
  '亩',
  '米',
  '吨',
  '年',
  '月',
  '日',
  '天',
  '户',
  '家',
  '所',
  '张',
  '份',
  '本',
  '篇',
  '场',
  '期',
  '辆',
  '座',
  '条',
  '册',
  '株',
  '头',
  '只',
  '间',
  '床',
  '名',
  '位',
  '分',
  '元/人',
].sort((a, b) => b.length - a.length);

/** Scale prefixes written before a counting unit ("5.5万人次", "7万张"). */
/** Scale prefixes on a counting unit ("5.5万人次"), longest first. */
export const SCALE_PREFIXES: readonly (readonly [string, number])[] = [
  ['百万', 1e6],
  ['万', 1e4],
  ['亿', 1e8],
  ['千', 1e3],
];

/** Units of one kind and their size in the first unit of the list. */
const CONVERTIBLE: readonly (readonly (readonly [string, number])[])[] = [
  [['米', 1], ['公里', 1000], ['千米', 1000], ['厘米', 0.01], ['毫米', 0.001]],
  [['平方米', 1], ['平方公里', 1e6], ['公顷', 1e4], ['亩', 10000 / 15]],
  [['千克', 1], ['公斤', 1], ['吨', 1000], ['克', 0.001]],
  [['分钟', 1], ['小时', 60], ['天', 1440], ['日', 1440]],
  [['月', 1], ['个月', 1], ['年', 12]],
];

/**
 * The factor that turns an amount in `from` into `to` ("5万人" → 人: 10000; 公里 → 米: 1000; 万元 → 元: 10000), or
 * null when the two units measure different things (人 against 人次, 个 against 项) or are unknown.
 */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  if (isMoneyUnit(from) && isMoneyUnit(to)) return convertMoney(1, from, to);
  for (const family of CONVERTIBLE) {
    const a = family.find(([unit]) => unit === from);
    const b = family.find(([unit]) => unit === to);
    if (a && b) return a[1] / b[1];
  }
  // A scale prefix on the same counting unit: 万人 against 人, 万人次 against 人次.
  for (const [prefix, scale] of SCALE_PREFIXES) {
    if (from === `${prefix}${to}`) return scale;
    if (to === `${prefix}${from}`) return 1 / scale;
  }
  return null;
}
