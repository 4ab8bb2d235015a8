/** A workbook with indicator content the reader cannot read, for the tests of reader/unread-block and its messages. */
import type { CellValue } from '../../src/core/grid';

/**
 * A project whose indicators are written one per column (rows 6–9: level 1, level 2, name, target), a layout the reader
 * does not read: neither its labels nor its columns make a grid.
 */
export const UNKNOWN_HEADER_ROWS: CellValue[][] = [
  ['2024年就业技能培训项目绩效目标表'],
  ['项目名称', '2024年就业技能培训项目', '项目编码', '13020924P00071310099A'],
  ['预算数', 20, '财政资金', 20],
  ['绩效目标', '完成200人次就业技能培训'],
  ['考核指标'],
  ['考核维度', '产出指标', '产出指标', '效益指标', '满意度指标'],
  ['考核类别', '数量指标', '质量指标', '社会效益指标', '服务对象满意度指标'],
  ['考核内容', '培训人数', '培训合格率', '参训人员就业率', '参训人员满意度'],
  ['目标水平', '≥200人', '≥95%', '≥80%', '≥90%'],
];
