/** The 财政部 部门整体支出绩效目标申报表 as a grid, for reader and rule tests. */
import type { CellValue } from '../../src/core/grid';

export type Row = CellValue[];

/** The form as the Ministry of Finance prints it, with the given task rows and total row. */
export function mofForm(tasks: Row[], total: Row | null): { rows: Row[]; merges: string[] } {
  const taskTop = 6;
  const taskBottom = taskTop + tasks.length - 1;
  const rows: Row[] = [
    ['部门整体支出绩效目标申报表'],
    ['（2024年度）'],
    ['部门（单位）名称', '某某市生态环境局'],
    ['年度主要任务', '任务名称', '主要内容', '预算申请（万元）'],
    [null, null, null, '总额', '财政拨款', '其他资金'],
    ...tasks,
    ...(total ? [total] : []),
    ['年度总体目标', '全市PM2.5年均浓度控制在38微克/立方米以内，地表水国考断面优良比例达到80%。'],
    ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '重点企业执法检查', '≥500家次'],
    [null, '满意度指标', '服务对象满意度指标', '公众满意度', '≥85%'],
  ];
  const after = taskBottom + (total ? 1 : 0) + 1;
  const merges = ['A1:F1', 'A2:F2', 'B3:F3', 'D4:F4', `A4:A${taskBottom}`, 'B4:B5', 'C4:C5', `B${after}:F${after}`, `A${after + 1}:A${after + 3}`];
  if (total) merges.push(`A${taskBottom + 1}:C${taskBottom + 1}`);
  return { rows, merges };
}

export const TASKS: Row[] = [
  [null, '大气污染防治', '开展PM2.5源解析和重点企业监管', 800, 800, 0],
  [null, '水污染防治', '开展重点河流断面水质监测', 600, 500, 100],
  [null, '机构运行', '保障机关正常运转', 1200, 1200, 0],
];
