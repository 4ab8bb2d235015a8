/** Money cells: a number, or text such as "20.00", "1,200.5万元", "￥15.8". */
import type { CellValue } from '../grid';
import { isErrorValue } from '../grid';
import { pdfDigits, squeeze, matchingForm } from './text';
import { isMoneyUnit, type MoneyUnit } from './units';

export interface MoneyCell {
  amount: number | null;
  /** The unit written in the cell itself ("20万元"), if any. */
  unit: MoneyUnit | null;
  /** What was wrong with the cell when it holds something that is not an amount. */
  problem: 'error' | 'text' | null;
}

export function parseMoneyCell(value: CellValue): MoneyCell {
  if (value === null || value === '') return { amount: null, unit: null, problem: null };
  if (typeof value === 'number') return { amount: value, unit: null, problem: null };
  if (typeof value === 'boolean') return { amount: null, unit: null, problem: 'text' };
  if (isErrorValue(value)) return { amount: null, unit: null, problem: 'error' };
  const text = pdfDigits(squeeze(matchingForm(value))).replace(/^[￥¥]|^RMB/i, '');
  if (text === '') return { amount: null, unit: null, problem: null };
  // "854万(高标准农田建设400万元,示范建设295万元,…)": the amount, then how it breaks down.
  const withBreakdown = /^([^()]+?)\((.*\d.*)\)$/.exec(text);
  if (withBreakdown) {
    const head = parseMoneyCell(withBreakdown[1]);
    if (head.amount !== null) return head;
  }
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(.*)$/.exec(text);
  if (!match) return { amount: null, unit: null, problem: 'text' };
  const amount = Number(match[1].replace(/,/g, ''));
  const rest = match[2].replace(/^[(（]|[)）]$/g, '');
  if (rest === '') return { amount, unit: null, problem: null };
  const unit = rest === '万' ? '万元' : rest === '亿' ? '亿元' : rest;
  if (isMoneyUnit(unit)) return { amount, unit, problem: null };
  return { amount: null, unit: null, problem: 'text' };
}

/** "单位：万元", "金额单位:元", "单位（万元）" → the money unit; null when the text is not a unit line. */
export function unitLineUnit(text: string): MoneyUnit | null {
  if (text.length > 24 || !text.includes('单位')) return null;
  const key = squeeze(matchingForm(text));
  const match = /^(?:金额|资金|预算)?单位[:(]?(元|千元|万元|百万元|亿元)\)?$/.exec(key);
  return match ? (match[1] as MoneyUnit) : null;
}

/** A unit label and its unit in two cells: "金额单位:" | "万元". */
export function unitBesideLabel(label: string, next: string): MoneyUnit | null {
  if (label.length > 8 || next.length > 6 || !/^(金额|资金|预算)?单位[:：]?$/.test(squeeze(matchingForm(label)))) return null;
  const match = /^(元|千元|万元|百万元|亿元)$/.exec(squeeze(next));
  return match ? (match[1] as MoneyUnit) : null;
}

/** A money unit written in a label: "预算数（万元）" → 万元. */
export function unitInLabel(text: string): MoneyUnit | null {
  if (!text.includes('元')) return null; // every unit ends so (元 is the same in traditional characters): most texts are done with here
  const key = squeeze(matchingForm(text));
  const match = /[(【\[](?:单位[:：]?)?(元|千元|万元|百万元|亿元)[)】\]]/.exec(key);
  return match ? (match[1] as MoneyUnit) : null;
}
