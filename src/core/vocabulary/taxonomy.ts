/**
 * The indicator taxonomy: level-1 names and the level-2 names that belong under each, in both frameworks
 * (财预〔2015〕88号 era: 成本 under 产出; 财预〔2021〕101号: 成本 at level 1), plus the headings of
 * department-wide targets.
 */
import { dictionary } from './dictionary';

export const LEVEL1_STANDARD: Readonly<Record<string, string>> = dictionary({
  产出: '产出指标',
  成本: '成本指标',
  效益: '效益指标',
  满意度: '满意度指标',
});

/** Level-2 names allowed under each level-1 (bases, without "指标"). */
export const LEVEL2_UNDER: Readonly<Record<string, string[]>> = dictionary({
  产出: ['数量', '质量', '时效', '成本'],
  成本: ['经济成本', '社会成本', '生态环境成本', '生态成本', '环境成本'],
  效益: [
    '经济效益',
    '社会效益',
    '生态效益',
    '环境效益',
    '生态环境效益',
    '可持续影响',
    // The oldest forms put satisfaction at level 2 under 效益.
    '社会公众或服务对象满意度',
    '服务对象满意度',
    '社会公众满意度',
    '满意度',
  ],
  满意度: ['服务对象满意度', '社会公众满意度', '社会公众或服务对象满意度', '满意度'],
});

/**
 * Local level-1 names that mean a standard one (东莞's 预期产出指标 and 效果指标, "产出目标", "实施效果指标"): understood,
 * and at most a naming hint.
 */
export const LEVEL1_ALIASES: Readonly<Record<string, string>> = dictionary({
  预期产出: '产出',
  项目产出: '产出',
  项目完成: '产出',
  产出目标: '产出',
  产出效果: '产出',
  效果: '效益',
  成效: '效益',
  预期效果: '效益',
  项目效益: '效益',
  效益目标: '效益',
  满意: '满意度',
  服务对象满意度: '满意度',
  社会满意度: '满意度',
  满意度目标: '满意度',
  群众满意度: '满意度',
  成本目标: '成本',
  项目成本: '成本',
});

/** Level-1 headings some templates use besides the standard four (过程管理指标, 投入指标): known, not standard. */
export const LEVEL1_LOCAL: ReadonlySet<string> = new Set(['管理', '过程', '过程管理', '投入', '投入管理', '预算执行', '项目管理', '资金管理', '预算管理', '实施', '组织实施', '实施效果', '决策', '项目决策']);

/** The standard level-1 a base name stands for ("产出", "成本", "效益", "满意度"), through local aliases; null if none. */
export function standardLevel1OfBase(base: string): string | null {
  if (base in LEVEL1_STANDARD) return base;
  return LEVEL1_ALIASES[base] ?? null;
}

/** Headings of department-wide targets (部门整体), which use their own level-1 names. */
export const DEPARTMENT_LEVEL1 = [
  '投入',
  '过程',
  '产出',
  '效益',
  '满意度',
  '成本',
  '运行成本',
  '管理效率',
  '履职效能',
  '社会效应',
  '可持续发展能力',
  '服务对象满意度',
  '部门管理',
  '履职效果',
  '能力建设',
];

/**
 * The level-2 names to suggest under each level-1, for messages ("数量指标、质量指标…"). Satisfaction, accepted under
 * 效益 in the older templates, is suggested under 满意度 only.
 */
export const LEVEL2_SUGGESTIONS: Readonly<Record<string, string>> = dictionary(Object.fromEntries(
  Object.entries(LEVEL2_UNDER).map(([level1, children]) => [
    level1,
    children
      .filter((n) => !(level1 === '效益' && /满意度$/.test(n)))
      .map((n) => `${n}指标`)
      .join('、'),
  ]),
));

/** Each known level-2 name and its home level-1 (satisfaction's home is 满意度, though 效益 accepts it too). */
const HOMES = new Map<string, string>();
for (const [level1, children] of Object.entries(LEVEL2_UNDER)) {
  for (const child of children) if (!(level1 === '效益' && /满意度$/.test(child)) && !HOMES.has(child)) HOMES.set(child, level1);
}

/**
 * Local wordings of a standard level-2 name: "服务对象或受益者满意度", "群众满意度" (a satisfaction heading),
 * "可持续性发展影响", "可持续发展影响" (可持续影响). Only these two families: their words say what they are.
 */
function localLevel2(level2Base: string): string | null {
  // Only the heading's own words: "资助对象满意度", "学生满意度" are indicators' names, not headings.
  if (/^(?:服务对象|受益对象|受益者|受益人|受益群众|社会公众|公众|群众)(?:或(?:服务对象|受益对象|受益者|受益人|受益群众|社会公众|公众|群众))?满意度$/.test(level2Base)) return '服务对象满意度';
  if (/^可持续(?:性)?(?:发展)?影响$/.test(level2Base)) return '可持续影响';
  return null;
}

export function homeOf(level2Base: string): string | null {
  const local = HOMES.has(level2Base) ? level2Base : localLevel2(level2Base);
  return local === null ? null : HOMES.get(local) ?? null;
}

export function isKnownLevel2(level2Base: string): boolean {
  return HOMES.has(level2Base) || localLevel2(level2Base) !== null;
}
