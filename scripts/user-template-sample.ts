/**
 * samples/user-template.xlsx: a department's own form as a user template (docs/templates.md) — a title with the year,
 * the unit line, project rows, the spending plan, and the indicator block whose level-1 and level-2 names are merged
 * down, with borders, widths and number formats that the output keeps.
 */
import type { CellSpec, CellStyle, SheetSpec } from '../src/core/generate/sheet-spec';

const WIDTHS = [14, 18, 22, 26, 14, 12, 14];
const LAST = WIDTHS.length - 1;

export function userTemplateSheet(): SheetSpec {
  const cells: CellSpec[] = [];
  const merges: SheetSpec['merges'] = [];
  const put = (row: number, col: number, value: string | null, style: CellStyle, numberFormat?: string): void => {
    cells.push(numberFormat ? { row, col, value, style, numberFormat } : { row, col, value, style });
  };
  const merge = (top: number, left: number, bottom: number, right: number): void => {
    merges.push({ top, left, bottom, right });
  };
  put(0, 0, '{{年度}}年度项目支出绩效目标表', 'title');
  merge(0, 0, 0, LAST);
  put(1, 0, '填报单位（盖章）：{{实施单位}}', 'subtitle');
  merge(1, 0, 1, 4);
  put(1, 5, '金额单位：{{金额单位}}', 'subtitle');
  merge(1, 5, 1, LAST);

  put(2, 0, '项目编码', 'label');
  put(2, 1, '{{项目编码}}', 'center');
  merge(2, 1, 2, 2);
  put(2, 3, '项目名称', 'label');
  put(2, 4, '{{项目名称}}', 'text');
  merge(2, 4, 2, LAST);

  put(3, 0, '预算规模及资金用途', 'label');
  merge(3, 0, 4, 0);
  put(3, 1, '预算数', 'label');
  put(3, 2, '{{预算数}}', 'center', '0.00');
  put(3, 3, '其中：财政资金', 'label');
  put(3, 4, '{{财政资金}}', 'center', '0.00');
  put(3, 5, '其他资金', 'label');
  put(3, 6, '{{其他资金}}', 'center', '0.00');
  put(4, 1, '{{资金用途}}', 'text');
  merge(4, 1, 4, LAST);

  put(5, 0, '资金支出计划（%）', 'label');
  merge(5, 0, 6, 0);
  ['3月底', '6月底', '10月底', '12月底'].forEach((heading, i) => {
    put(5, 1 + i, heading, 'center');
    put(6, 1 + i, `{{资金支出计划.${heading}}}`, 'center', '0%');
  });
  merge(5, 5, 5, LAST);
  merge(6, 5, 6, LAST);

  put(7, 0, '年度绩效目标', 'label');
  put(7, 1, '{{年度绩效目标}}', 'text');
  merge(7, 1, 7, LAST);

  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'].forEach((heading, i) => put(8, i, heading, 'header'));
  merge(8, 5, 8, LAST);
  // The block: the marker rows are dropped, the row between them is written once per indicator.
  put(9, 0, '{{#指标}}', 'text');
  put(10, 0, '{{一级指标|合并}}', 'center');
  put(10, 1, '{{二级指标|合并}}', 'center');
  put(10, 2, '{{三级指标}}', 'text');
  put(10, 3, '{{指标描述}}', 'text');
  put(10, 4, '{{指标值}}', 'center');
  put(10, 5, '{{指标值确定依据}}', 'text');
  merge(10, 5, 10, LAST);
  put(11, 0, '{{/指标}}', 'text');

  put(12, 0, '填表人：            联系电话：            填报日期：', 'subtitle');
  merge(12, 0, 12, LAST);

  return {
    name: '绩效目标表模板',
    columnWidths: WIDTHS,
    cells,
    merges,
    bordered: [{ top: 2, left: 0, bottom: 11, right: LAST }],
    rowHeights: { 0: 32, 2: 30, 4: 36, 7: 48, 10: 30 },
    landscape: true,
  };
}
