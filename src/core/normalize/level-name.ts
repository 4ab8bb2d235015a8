/** Level names (一级指标, 二级指标) reduced to what they mean, whatever the decoration. */
import { matchingForm, memoize, squeeze } from './text';
import { LEVEL1_LOCAL, standardLevel1OfBase } from '../vocabulary/taxonomy';

/**
 * A name without spaces, numbering, a score in brackets or the "指标"/"类指标" ending:
 * "产出指标" → "产出", "一、产出指标（50分）" → "产出".
 */
export const baseName = memoize(
  (name: string): string =>
    squeeze(matchingForm(name))
      .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])/, '')
      // Glosses anywhere: "数量指标(或建筑规模指标)", "预算(或投资规模)控制指标", "一、产出指标（50分）".
      .replace(/[(（][^（）()]*[)）]/g, '')
      // A score whose opening bracket a copy lost: "效益指标\n30分)".
      .replace(/\d+(?:\.\d+)?分[)）]$/, '')
      // A score after the name: "成本指标(0-20)分", "产出指标50分".
      .replace(/指标\d*(?:[-~～—]\d+)?分$/, '指标')
      .replace(/(类)?指标$/, '')
      // 目标 for 指标 only after a level's own word (数量目标, 产出目标): 投入目标, 年度目标 name other things.
      .replace(/(产出|效益|效果|满意度|成本|数量|质量|时效|进度)目标$/, '$1')
      // A county's form that writes 值 for 指标 (产出值, 数量值, 社会效益值); never 指标值 or 目标值, which head values.
      .replace(/^(.{2,8}?)值$/, (whole, stem: string) => (/(?:指标|目标|数|分|预期|实际|完成|计划|标准)$/.test(stem) ? whole : stem))
      .replace(/类$/, ''),
);

/** The standard level-1 a name stands for ("产出", "成本", "效益", "满意度"), through local aliases; null if none. */
export const standardLevel1 = memoize((name: string): string | null => standardLevel1OfBase(baseName(name)));

/** A level-1 name some templates use that is not one of the four (过程管理指标). */
export function isLocalLevel1(name: string): boolean {
  return LEVEL1_LOCAL.has(baseName(name));
}

/** A money indicator: 成本 at level 1 or level 2 (经济成本指标 ...). */
export function isCostCategory(level1: string, level2: string): boolean {
  // 东莞's 预算(或投资规模)控制指标 is the older framework's cost heading in other words.
  return /成本/.test(level1) || /成本|预算.{0,8}控制|投资.{0,6}控制/.test(level2);
}
