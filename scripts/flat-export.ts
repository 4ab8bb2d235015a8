/**
 * A county's flat export from the budget system, for the benchmark: one sheet, 13 columns (单位代码 | 单位(专项)名称 |
 * 资金总额 | 实施期绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | …), a row per project followed by a row per
 * indicator, as the 湘西 export of the corpus is laid out, repeated until the sheet holds the cells asked for.
 * Written with ExcelJS's streaming writer (a whole workbook of millions of cells would not fit its full model).
 */
import ExcelJS from 'exceljs';

const INDICATORS: (string | null)[][] = [
  ['产出指标', '数量指标', '培训人数', '≥{n}人', '反映培训人数', '完成得10分', '人', '定量'],
  ['产出指标', '质量指标', '验收合格率', '≥95%', '反映验收情况', '达标得10分', '%', '定量'],
  ['产出指标', '时效指标', '完成时间', '2023年12月底前', '反映完成时间', '按时得10分', '-', '定性'],
  ['成本指标', '经济成本指标', '人均成本', '≤{c}元/人', '反映人均成本', '不超得10分', '元/人', '定量'],
  ['成本指标', '社会成本指标', '无', null, null, null, '-', '定性'],
  ['效益指标', '社会效益指标', '服务水平', '有所提升', '反映服务水平', '提升得10分', '-', '定性'],
  ['效益指标', '可持续影响指标', '长效机制', '持续发挥作用', '反映长效', '得10分', '-', '定性'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '反映满意度', '达标得10分', '%', '定量'],
];

/** Writes the export to `file`; returns how many projects and cells holding a value it has. */
export async function writeFlatExport(file: string, cells: number): Promise<{ projects: number; cells: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('项目支出绩效目标表');
  const rows: (string | number | null)[][] = [
    ['2023年项目支出绩效目标表公开'],
    ['部门:505_某县教育局', null, null, null, null, null, null, null, null, null, '金额单位:万元'],
    ['单位代码', '单位(专项)名称', '资金总额', '实施期绩效目标', '绩效指标'],
    [null, null, null, null, '一级指标', '二级指标', '三级指标', '指标值', '指标值内容', '评(扣分标准)', '度量单位', '指标值类型', '备注'],
  ];
  let written = 0;
  const add = (row: (string | number | null)[]): void => {
    sheet.addRow(row).commit();
    written += row.filter((v) => v !== null).length;
  };
  rows.forEach(add);
  let projects = 0;
  while (written < cells) {
    projects++;
    add([String(505000 + projects), `某县项目${projects}号专项资金`, 10 + (projects % 90)]);
    for (const indicator of INDICATORS) {
      add([null, null, null, null, ...indicator.map((v) => (v === null ? null : v.replace('{n}', String(10 + (projects % 50))).replace('{c}', String(100 + (projects % 20)))))]);
    }
  }
  await workbook.commit();
  return { projects, cells: written };
}
