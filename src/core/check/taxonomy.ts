/**
 * The indicator taxonomy: level-1 names and the level-2 names that belong under each, in both frameworks
 * (财预〔2015〕88号 era: 成本 under 产出; 财预〔2021〕101号: 成本 at level 1), plus the headings of
 * department-wide targets.
 */
import { baseName } from '../normalize/level-name';

export { baseName };

export const LEVEL1_STANDARD: Record<string, string> = {
  产出: '产出指标',
  成本: '成本指标',
  效益: '效益指标',
  满意度: '满意度指标',
};

/** Level-2 names allowed under each level-1 (bases, without "指标"). */
export const LEVEL2_UNDER: Record<string, string[]> = {
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
  ],
  满意度: ['服务对象满意度', '社会公众满意度', '社会公众或服务对象满意度', '满意度'],
};

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
export const LEVEL2_SUGGESTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(LEVEL2_UNDER).map(([level1, children]) => [
    level1,
    children
      .filter((n) => !(level1 === '效益' && /满意度$/.test(n)))
      .map((n) => `${n}指标`)
      .join('、'),
  ]),
);

/** The level-1 a known level-2 belongs to in the standard taxonomy ("质量" → "产出"). */
export function homeOf(level2Base: string): string | null {
  for (const [level1, children] of Object.entries(LEVEL2_UNDER)) {
    if (level1 === '效益' && /满意度$/.test(level2Base)) continue; // satisfaction's home is 满意度
    if (children.includes(level2Base)) return level1;
  }
  return null;
}

export function isKnownLevel2(level2Base: string): boolean {
  return Object.values(LEVEL2_UNDER).some((children) => children.includes(level2Base));
}
