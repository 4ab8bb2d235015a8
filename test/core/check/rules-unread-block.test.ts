/** reader/unread-block: indicator content the reader could not read, one warning per block; quiet elsewhere. */
import { ruleTester } from '../../helpers/rule-tester';
import { read, sheet } from '../../helpers/grid';
import { projectModel, tableRows } from '../../helpers/table-builder';
import { UNKNOWN_HEADER_ROWS } from '../../helpers/unread-block';

ruleTester('reader/unread-block', {
  valid: [
    { name: 'a table read whole', model: projectModel() },
    {
      name: 'a spending plan and a signature box under the table',
      model: read(sheet('表', [...tableRows(), [], ['支出计划', '一季度', '二季度'], [null, '25%', '100%'], ['填表人（签字）：', null, '（盖章）']])),
    },
    {
      name: 'a scoring rubric beside the tables, its targets in sentences',
      model: read(
        sheet('表', tableRows()),
        sheet('评分', [
          ['产出指标', '数量指标', '完成率达到100%得满分，每低1个百分点扣1分', '20分'],
          ['效益指标', '社会效益指标', '就业率达到80%以上得满分', '30分'],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'indicator rows under a header the reader does not know',
      model: read(sheet('培训', UNKNOWN_HEADER_ROWS)),
      findings: [{ cell: 'A6', messageId: 'unread', says: ['第 6–9 行', '未能读取', '以下结果不完整'] }],
    },
    {
      name: 'a second grid on another sheet, one indicator per column, in no table',
      model: read(sheet('表', tableRows()), sheet('附表', [['产出指标', '效益指标'], ['数量指标', '社会效益指标'], ['培训人数', '就业率'], ['≥200人', '≥80%']])),
      findings: [{ cell: 'A1', sheet: '附表', messageId: 'unread', says: ['第 1–4 行'] }],
    },
  ],
});
