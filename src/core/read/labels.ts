/**
 * The labels of a target table and their variants. Matching is exact on the label key (half-width, no spaces, no
 * trailing colon, no leading "*"), so prose that merely contains a label word is never mistaken for one.
 */
import { labelKey, memoize, splitParenthesised, squeeze, toHalfWidth } from '../normalize/text';

export type InfoLabel =
  | 'code'
  | 'name'
  | 'budgetAnnual'
  | 'budget'
  | 'budgetTotal'
  | 'fiscal'
  | 'other'
  | 'carryOver'
  | 'extraFunds'
  | 'usage'
  | 'usageWeak'
  | 'budgetSection'
  | 'plan'
  | 'goal'
  | 'goalAnnual'
  | 'goalMid'
  | 'department'
  | 'agency'
  | 'fundSources'
  | 'expenseDetail'
  | 'total'
  | 'period'
  | 'goalActual'
  | 'otherInfo';

export type HeaderLabel =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'value'
  | 'valueMid'
  | 'comparator'
  | 'comparatorWeak'
  | 'unit'
  | 'basis'
  | 'weight'
  | 'valueType'
  | 'direction'
  | 'actual'
  | 'score'
  | 'reason'
  | 'scoring'
  | 'seq'
  | 'remark'
  | 'indicatorSection';

const INFO_LABELS: Record<InfoLabel, string[]> = {
  code: ['项目编码', '项目代码', '项目编号', '项目id', '项目ID', '项目编码/代码', '项目代码/编码', '项目编号/代码', '项目库编码', '项目库代码'],
  name: ['项目名称', '项目全称', '项目名', '项目支出名称', '专项名称', '项目(专项)名称', '专项资金名称', '项目名称(全称)', '资金名称', '转移支付名称', '专项资金名称(项目名称)'],
  budgetAnnual: [
    '年度预算数',
    '年度预算',
    '年度预算金额',
    '年度预算资金',
    '年度资金总额',
    '当年预算',
    '当年预算数',
    '项目当年预算',
    '本年预算',
    '本年预算数',
    '全年预算数',
    '年初预算数',
    '项目年度预算',
    '年度预算安排',
    '本年度预算',
    '年度资金',
    '当年资金总额',
    '年度本级预算金额',
    '本级预算金额',
    '调整后预算数',
    '调整后预算',
    '全年预算',
    '当年年度预算',
    '本年度预算金额',
    '本年预算金额',
    '年度预算总额',
    '本年度资金总额',
    '年度金额',
    '本年度金额',
    '年度资金金额',
  ],
  budget: [
    '预算数',
    '预算金额',
    '预算资金',
    '预算总额',
    '资金总额',
    '项目预算',
    '项目预算数',
    '项目资金',
    '预算安排',
    '预算安排数',
    '申请预算数',
    '资金规模',
    '预算规模',
    '项目资金总额',
    '预算资金总额',
    '项目总金额',
    '项目金额',
    '申报金额',
    '申请金额',
    '项目申报金额',
    '项目申请金额',
    '项目申报资金',
  ],
  budgetTotal: ['项目总预算', '总预算', '中期资金总额', '项目总投资', '总投资', '实施期资金总额', '中期预算', '项目预算总额', '中期预算资金总额', '资金总额(中期)'],
  fiscal: [
    '财政资金',
    '财政拨款',
    '财政拨款资金',
    '当年财政拨款',
    '本级财政资金',
    '本级财政拨款',
    '财政性资金',
    '财政预算资金',
    '财政补助',
    '财政补助资金',
    '财政安排资金',
    '一般公共预算',
    '一般公共预算资金',
    '一般公共预算拨款',
  ],
  other: [
    '其他资金',
    '其它资金',
    '当年其他资金',
    '地方资金',
    '地方配套资金',
    '地方配套',
    '本级配套资金',
    '配套资金',
    '其他来源资金',
    '其他来源',
    '自筹资金',
    '单位自筹',
    '单位自筹资金',
    '单位自有资金',
    '自有资金',
    '单位资金',
    '其他',
    '其它',
  ],
  carryOver: ['上年结转', '上年结转资金', '结转资金', '上年结余结转'],
  extraFunds: [
    '上级补助',
    '上级补助资金',
    '中央补助',
    '中央补助资金',
    '中央资金',
    '省级补助',
    '省级补助资金',
    '省级资金',
    '市级补助',
    '市级补助资金',
    '上级转移支付',
    '转移支付资金',
    '政府性基金',
    '政府性基金预算',
    '债券资金',
    '专项债券资金',
    '事业收入',
    '经营收入',
    '社会资金',
    '社会投资',
  ],
  usage: ['资金用途', '主要用途', '资金主要用途', '项目资金用途', '用途', '项目用途', '资金使用方向'],
  usageWeak: ['项目主要内容', '主要内容', '项目内容', '项目概况', '项目简介', '项目总体概况'],
  budgetSection: ['预算规模及资金用途', '预算规模及用途', '资金规模及用途', '项目资金及用途', '预算及资金用途', '资金情况', '项目资金情况', '资金投入情况', '投入目标', '资金投入'],
  plan: [
    '资金支出计划',
    '年度资金支出计划',
    '分季度资金支出计划',
    '资金使用进度',
    '预算支出进度',
    '支出计划',
    '资金使用计划',
    '用款计划',
    '资金支出进度',
    '支出进度',
    '支出进度计划',
    '预计支出进度',
    '资金支出进度计划',
    '分月用款计划',
    '资金执行计划',
    '预算执行计划',
    '资金支付计划',
    '资金拨付计划',
  ],
  goal: [
    '绩效目标',
    '项目绩效目标',
    '总体目标',
    '总体绩效目标',
    '项目绩效总目标',
    '绩效总目标',
    '预期目标',
    '年初设定目标',
    '年初目标',
    '实施目标',
    '项目目标',
    '整体目标',
  ],
  goalAnnual: [
    '年度绩效目标',
    '年度目标',
    '年度总体目标',
    '项目年度绩效目标',
    '年度绩效总目标',
    '项目年度目标',
    '本年度绩效目标',
    '当年绩效目标',
    '年度主要目标',
    '年度主要目标和成果',
    '年度目标和成果',
    '主要目标和成果',
    '年度绩效目标和成果',
  ],
  goalMid: ['中期目标', '中期绩效目标', '长期目标', '实施期绩效目标', '实施期目标', '中期滚动目标', '实施期总目标', '项目实施期绩效目标'],
  department: ['部门名称', '部门(单位)名称', '单位(部门)名称', '部门', '部门(单位)'],
  agency: [
    '预算单位',
    '单位名称',
    '实施单位',
    '主管部门',
    '项目单位',
    '申报单位',
    '项目实施单位',
    '主管部门及代码',
    '项目主管部门',
    '项目执行单位',
    '执行单位',
    '预算部门',
    '填报单位',
  ],
  fundSources: ['项目资金来源', '资金来源', '收入来源', '资金来源情况'],
  expenseDetail: ['项目支出明细', '项目支出明细预算', '支出明细', '项目支出预算及测算依据', '测算依据及说明'],
  total: ['合计', '总计', '合 计'],
  goalActual: [
    '年度目标完成情况',
    '实际完成情况',
    '目标完成情况',
    '全年实际完成情况',
    '总体目标完成情况',
    '年度总体目标完成情况',
    '实际完成值',
    // "年度总体目标完成情况综述" (Anhui self-evaluations)
    '年度总体目标完成情况综述',
    '总体目标完成情况综述',
    '目标完成情况综述',
  ],
  period: ['项目支出实施期', '实施期', '项目实施期', '项目起止时间', '起止时间', '实施期限', '项目周期', '建设周期', '项目实施周期', '实施周期', '项目期限', '执行期限'],
  otherInfo: [
    '项目负责人',
    '联系电话',
    '联系人',
    '项目类型',
    '项目属性',
    '项目期',
    '项目申请理由',
    '立项依据',
    '基本信息',
    '预算整体情况',
    '年度重点工作任务',
    '部门预算支出',
    '项目类别',
    '项目性质',
    '项目基本情况',
    '部门预算编码',
    '预算编码',
    '单位编码',
    '部门编码',
    '单位代码',
    '部门代码',
    '功能科目',
    '功能分类科目',
    '支出功能分类',
    '资金性质',
    '项目分类',
    '项目审批',
    '财政资金预算分类',
    '财政资金科目代码',
    '业务主管部门',
    '单位负责人',
    '财务负责人',
    '填报人',
    '填表人',
    '绩效管理联系人',
  ],
};

const HEADER_LABELS: Record<HeaderLabel, string[]> = {
  level1: ['一级指标', '一级指标名称', '一级', '一级指标类别', '评价指标', '指标类别', '指标类型'],
  level2: ['二级指标', '二级指标名称', '二级', '二级指标类别', '评价内容'],
  level3: ['三级指标', '三级指标名称', '指标内容', '指标名称', '绩效指标名称', '具体指标', '绩效指标内容', '三级'],
  description: [
    '绩效指标描述',
    '指标解释',
    '指标描述',
    '指标说明',
    '指标内涵',
    '指标定义',
    '指标解释说明',
    '指标含义',
    '绩效指标说明',
    '指标内容描述',
    '指标值内容',
    '指标值说明',
    '指标解释及说明',
  ],
  value: [
    '指标值',
    '年度指标值',
    '绩效指标值',
    '目标值',
    '年度目标值',
    '全年指标值',
    '指标目标值',
    '预期指标值',
    '计划指标值',
    '预期值',
    '本年指标值',
    '绩效目标值',
    '预期目标值',
    '指标值(年度)',
    '指标值及单位',
    '目标值及单位',
    '绩效指标值及单位',
    '指标值(含单位)',
    '年度目标指标值',
    '年度绩效目标值',
    '当年指标值',
    '计划值',
    '计划水平',
    '预期目标值及单位',
    '本年度指标值',
    '绩效目标值及单位',
    '年度指标值及单位',
    '年初目标值',
    '年初指标值',
  ],
  valueMid: ['中期指标值', '中期目标值', '指标值(中期)', '长期指标值', '实施期指标值', '实施期目标值', '指标值(长期)', '指标值(实施期)'],
  comparator: ['比较符', '比较运算符', '运算符', '计算符号', '比较符号', '符号', '指标值符号', '比较关系', '比较方式'],
  /** Columns that hold a comparator in some exports and 正向/反向/定性 in others: used only without a 比较符 column. */
  comparatorWeak: ['指标性质', '计算方式', '指标值性质'],
  unit: ['计量单位', '度量单位', '单位', '指标单位', '指标值单位', '计量单位名称'],
  basis: [
    '指标值确定依据',
    '指标值设定依据',
    '确定依据',
    '设定依据',
    '取值依据',
    '指标值依据',
    '指标取值依据',
    '指标值确定的依据',
    '指标值来源',
    '依据',
    '绩效标准',
    '指标值设定依据及数据来源',
    '指标值确定依据及数据来源',
    '数据来源',
  ],
  weight: ['权重', '分值', '指标权重', '权重分值', '指标分值', '权重(%)', '权重(分)', '分值(分)', '指标分值权重'],
  valueType: ['指标值类型', '值类型', '定量/定性', '定性/定量', '指标值属性'],
  direction: ['指标方向性', '指标方向', '方向性', '指标值方向'],
  actual: ['完成值', '实际完成值', '全年完成值', '全年实际值', '实际值', '年度实际完成值', '实际完成情况', '全年实际完成值', '完成情况'],
  score: ['得分', '自评得分', '评价得分', '实际得分'],
  reason: ['未完成原因分析', '偏差原因分析及改进措施', '偏差原因分析', '未完成原因', '原因分析', '偏差原因', '未完成原因及改进措施', '偏差原因及改进措施'],
  scoring: ['评(扣分标准)', '评分标准', '评价标准', '扣分标准', '评分规则', '评(扣)分标准', '计分方法', '评分办法'],
  seq: ['序号', '编号'],
  remark: ['备注', '说明'],
  indicatorSection: [
    '绩效指标',
    '项目年度绩效指标',
    '年度绩效指标',
    '项目绩效指标',
    '绩效指标表',
    '年度绩效指标值',
    '部门整体绩效指标',
  ],
};

function indexLabels<K extends string>(table: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [kind, words] of Object.entries(table) as [K, string[]][]) {
    for (const word of words) map.set(labelKey(word), kind);
  }
  return map;
}

const INFO_INDEX = indexLabels(INFO_LABELS);
const HEADER_INDEX = indexLabels(HEADER_LABELS);

/** Labels are short; a longer text is prose, never a label. */
const MAX_LABEL_LENGTH = 24;

export interface LabelMatch<K> {
  kind: K;
  /** The parenthesised note of "预算数（万元）", "资金支出计划（%）". */
  note: string | null;
}

function lookup<K>(index: Map<string, K>, text: string, patterns: [RegExp, K][] = []): LabelMatch<K> | null {
  if (text === '' || text.length > MAX_LABEL_LENGTH * 2) return null;
  let key = labelKey(text);
  if (key.length > MAX_LABEL_LENGTH) return null;
  // "其中：财政资金", "其中:其他资金"
  key = key.replace(/^其中[:：]?/, '');
  const { base, note } = splitParenthesised(key);
  const candidates: [string, string | null][] = note === null ? [[key, null]] : [[key, null], [base, note]];
  for (const [candidate, candidateNote] of candidates) {
    const exact = index.get(candidate);
    if (exact !== undefined) return { kind: exact, note: candidateNote };
    for (const [pattern, kind] of patterns) if (pattern.test(candidate)) return { kind, note: candidateNote };
  }
  return null;
}

/** Wordings too many to list: "区级财政资金", "市级财政拨款", "本级财政", "分季度资金支出计划". */
const INFO_PATTERNS: [RegExp, InfoLabel][] = [
  // "本年度申请市财政预算资金", "当年区级财政资金总额": this year's money.
  [/^(本年度|本年|当年|年度)(申请)?(中央|省|市|区|县|本)?级?财政预算(资金|拨款)?(总额|金额|数)?$/, 'budgetAnnual'],
  [/^(本年度|本年|当年)申请.{0,8}(资金|预算)(总额|金额|数)?$/, 'budgetAnnual'],
  [/^(中期|实施期|项目期)(市|区|县|省)?(财政)?(预算|资金)(总额|金额|数)?$/, 'budgetTotal'],
  // "本次下达中央预算内投资(万元)"
  [/^(本次|本年|当年|年度)?(下达|安排)(的)?(中央|省级?|市级?)?(预算内)?(投资|资金|预算)(计划)?(总额|金额|数)?$/, 'budgetAnnual'],
  [/^(中期|长期|实施期)[^:：]{0,6}目标$/, 'goalMid'],
  [/^(该项目(支出)?)?(上级|中央|省级?|市级?)(补助|转移支付|专项)?资金$/, 'extraFunds'],
  [/^(本年度|本年|当年|年度)?(中央|省|市|区|县|乡|镇|本)?级?财政(资金|拨款|拨款资金|补助|补助资金|专项资金|安排资金|预算资金)?$/, 'fiscal'],
  [/^(年度|分季度|分月|季度)?(资金|预算)?(支出|使用|执行|拨付|用款)(计划|进度|进度计划)$/, 'plan'],
];
/** "2024年度指标值", "2024年目标值": a value heading with the year in it. */
const HEADER_PATTERNS: [RegExp, HeaderLabel][] = [
  [/^20\d{2}年度?(指标值|目标值|绩效指标值)$/, 'value'],
  // "当年度指标值", "本年度目标值" beside "实施周期指标值", "中期目标值"
  [/^(当年度|当年|本年度|本年|年度)(绩效)?(指标值|目标值)(及单位)?$/, 'value'],
  [/^(实施周期|实施期|中期|长期|滚动期|项目期)(绩效)?(指标值|目标值)(及单位)?$/, 'valueMid'],
];


export const infoLabel = memoize((text: string): LabelMatch<InfoLabel> | null => lookup(INFO_INDEX, text, INFO_PATTERNS));

export const headerLabel = memoize((text: string): LabelMatch<HeaderLabel> | null => lookup(HEADER_INDEX, text, HEADER_PATTERNS));

/** Any label the reader knows: a value is never taken from one. */
export function isKnownLabel(text: string): boolean {
  return infoLabel(text) !== null || headerLabel(text) !== null;
}

/** "项目名称：XXX" written in one cell: the label and the value after the colon. */
export const inlineInfoLabel = memoize((text: string): { kind: InfoLabel; value: string } | null => {
  const match = /^\s*([^:：]{2,12})\s*[:：]\s*(\S[\s\S]*)$/.exec(text.replace(/^\s*其中\s*[:：]\s*/, ''));
  if (!match) return null;
  const label = infoLabel(match[1]);
  if (!label) return null;
  return { kind: label.kind, value: match[2].trim() };
});

/** Title of a project table: "2024年XXX绩效目标表", "项目支出绩效目标申报表", "2020年项目申报表". */
export const isTableTitle = memoize((text: string): boolean => {
  const key = labelKey(text);
  if (key.length < 4 || key.length > 160) return false;
  return /(绩效目标(申报|审核|审批|批复|调整)?表|项目申报表|绩效目标申报表|绩效(评价)?指标表)(\(.*\))?$/.test(key);
});

/** Title of a department-wide table or section. */
export const isDepartmentTitle = memoize((text: string): boolean => {
  const key = labelKey(text);
  if (key.length > 80) return false;
  return /(部门|单位)整体(预算)?(支出)?绩效(目标|自评|评价)|整体支出绩效(目标|自评)/.test(key);
});

/** "（2024年度）", "2024年度" on a line of its own. */
export function yearLine(text: string): number | null {
  const match = /^[(（]?\s*(20\d{2})\s*年度?\s*[)）]?$/.exec(labelKey(text));
  return match ? Number(match[1]) : null;
}

/** The budget year written at the start of a title or name: "2024年国动办机构运行费" → 2024. */
export function leadingYear(text: string): number | null {
  const match = /^(?:\d{1,3}[.、．]\s*)?[(（【]?\s*(20\d{2})\s*年/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** Month headers of a spending plan: "3月底", "截至6月末", "第三季度", "1-10月" → the month number. */
export function planMonth(text: string): number | null {
  const key = labelKey(text).replace(/[(（].*[)）]$/, '');
  let match = /^(?:截至|截止|至|到)?(\d{1,2})月(?:\d{1,2}日)?(?:底|末|份|前)?(?:累计)?$/.exec(key);
  if (match) return Number(match[1]);
  // "1-3月", "1—3月", "1月至3月"
  match = /^1月?[-—–~～至到](\d{1,2})月(?:底|末)?(?:累计)?$/.exec(key);
  if (match) return Number(match[1]);
  match = /^(?:第|前)?([一二三四1-4])季度(?:末|底)?(?:累计)?$/.exec(key);
  if (match) {
    const quarter = '一二三四'.indexOf(match[1]) + 1 || Number(match[1]);
    return quarter * 3;
  }
  if (/^(上半年|半年|年中)(末|底)?$/.test(key)) return 6;
  if (/^(全年|年底|年末|全年累计)$/.test(key)) return 12;
  return null;
}

/** Rows that end a grid: totals, the evaluation's conclusions, signatures, review opinions, notes. */
const FOOTER_WORDS =
  '合计|总计|总分|合计分|自评总分|评价结论|自评结论|总体评价|存在问题|存在的问题|问题及原因|改进措施|整改措施|下一步改进措施|' +
  '其他需要说明事项|其他需要说明的事项|其他需要说明的问题|其他说明事项|其他说明|' +
  '财政部门审核意见|主管部门审核意见|部门审核意见|财政审核意见|审核意见|审批意见|单位意见|评审意见|' +
  '项目负责人|财务负责人|单位负责人|填表人|填报人|制表人|审核人|联系人|联系电话|填表日期|填报日期|' +
  '注|注释|说明|备注|填报说明|填表说明';
const FOOTER_EXACT = new RegExp(`^(${FOOTER_WORDS})(\\(.*\\))?$`);
const FOOTER_PREFIX = new RegExp(`^(${FOOTER_WORDS})[:：]`);

/** The sign-off boxes under a form, whoever signs: "财政部门支出股室初审意见", "区扶贫办审核意见", "主管部门意见". */
const FOOTER_OPINION = /(审核|初审|复审|复核|审批|审查|评审|审定|部门|单位|股室|科室|处室)意见$/;
/** A stamp or signature mark, alone in its cell: "(盖章)", "（签字）", "签章：". */
const STAMP_MARK = /^(单位)?(盖章|签章|签字|签名)[:：]?$/;

/** Footer lines that end a table: "合计", "评价结论", "填表人：", "财政部门审核意见", "注：", "注1". */
export const isFooter = memoize((text: string): boolean => {
  const key = labelKey(text);
  return (
    FOOTER_EXACT.test(key) ||
    FOOTER_PREFIX.test(squeeze(toHalfWidth(text.trim()))) ||
    /^注\d/.test(key) ||
    (key.length <= 24 && FOOTER_OPINION.test(key)) ||
    STAMP_MARK.test(key.replace(/^\((.*)\)$/, '$1'))
  );
});
