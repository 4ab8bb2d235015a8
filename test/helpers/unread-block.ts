/** A workbook with indicator content the reader cannot read, for the tests of reader/unread-block and its messages. */
import type { CellValue } from '../../src/core/grid';

/** A project whose indicator rows sit under a header the reader does not know (rows 6–9). */
export const UNKNOWN_HEADER_ROWS: CellValue[][] = [
  ['2024年就业技能培训项目绩效目标表'],
  ['项目名称', '2024年就业技能培训项目', '项目编码', '13020924P00071310099A'],
  ['预算数', 20, '财政资金', 20],
  ['绩效目标', '完成200人次就业技能培训'],
  ['考核维度', '考核类别', '考核内容', '目标水平'],
  ['产出指标', '数量指标', '培训人数', '≥200人'],
  ['产出指标', '质量指标', '培训合格率', '≥95%'],
  ['效益指标', '社会效益指标', '参训人员就业率', '≥80%'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
];
