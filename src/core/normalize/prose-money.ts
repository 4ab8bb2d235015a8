/**
 * A total amount stated in prose: "总额10606.7522万元，其中：中央资金…", "项目资金共计50万元", "预算资金为120万元".
 * Only a total named as such, at the start of the text or of a clause: a figure merely mentioned is not the budget.
 */
import type { MoneyUnit } from './units';
import { matchingForm } from './text';

const TOTAL = /(?:^|[，,；;。:：\s])(?:项目)?(?:资金|预算|预算资金|投资)?(?:总额|总计|合计|共计|总投资|总预算|规模)(?:为|是|:|：)?\s*约?\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*(亿元|万元|元|万)/;

export function proseTotal(text: string): { amount: number; unit: MoneyUnit } | null {
  const match = TOTAL.exec(matchingForm(text).trim());
  if (!match) return null;
  const unit = (match[2] === '万' ? '万元' : match[2]) as MoneyUnit;
  return { amount: Number(match[1].replace(/,/g, '')), unit };
}
