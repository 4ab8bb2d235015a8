/**
 * A library of typical indicators by kind of project, to start a new target table from instead of last year's copy.
 * Built as data, in our own words, from two sources: the 13 project tables of the 2024 example (the kinds of spending
 * a district bureau budgets: running costs, stored supplies, plans, equipment, training and upkeep, grants) and the
 * Ministry of Finance's guidance on core indicators (财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及
 * 取值指引（试行）》: every table has output, cost, benefit and satisfaction indicators; figures, not slogans; costs
 * tied to the budget). Where no sensible default exists the value is left as "**" for the unit to set: the checks
 * then point at it (text/template-prompt) until it is filled.
 */
import type { TableContent, TableIndicator } from './standard-table';

export interface LibraryIndicator {
  level1: '产出指标' | '成本指标' | '效益指标' | '满意度指标';
  level2: string;
  level3: string;
  description: string;
  /** The target: a default, "**" where the unit must set it, "{budget}" for the project's budget. */
  value: string;
  /** Where the target comes from (指标值确定依据); by default what usually settles it for that kind of indicator. */
  basis?: string;
}

/** The usual source of a target: the budget for costs, surveys for satisfaction, rules for compliance, plans for work. */
function defaultBasis(indicator: LibraryIndicator): string {
  if (indicator.level1 === '成本指标') return '预算批复金额';
  if (indicator.level1 === '满意度指标') return '历年满意度调查结果';
  if (/^=100%$/.test(indicator.value)) return '相关管理规定';
  if (indicator.value.includes('**')) return '年度工作计划';
  return '历史数据及行业标准';
}

export interface ProjectKind {
  id: string;
  name: { 'zh-CN': string; 'en-US': string };
  /** Where the kind comes from: the example's projects it generalizes, and the guidance. */
  sources: string[];
  indicators: LibraryIndicator[];
}

const GUIDANCE = '财预〔2021〕101号 核心绩效指标设置及取值指引';
const satisfaction = (who: string): LibraryIndicator => ({
  level1: '满意度指标',
  level2: '服务对象满意度指标',
  level3: `${who}满意度`,
  description: `${who}对项目实施的满意程度`,
  value: '≥90%',
});
const cost = (what: string): LibraryIndicator => ({
  level1: '成本指标',
  level2: '经济成本指标',
  level3: what,
  description: '项目实施发生的全部支出，不超过预算',
  value: '≤{budget}万元',
});

export const PROJECT_KINDS: ProjectKind[] = [
  {
    id: 'operations',
    name: { 'zh-CN': '机构运行', 'en-US': 'Running an institution' },
    sources: ['2024年示例 1.国动办机构运行费', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '保障在编人员数', description: '经费保障的在编在岗人员数', value: '=**人' },
      { level1: '产出指标', level2: '质量指标', level3: '经费支出合规率', description: '按规定范围和标准支出的比例', value: '=100%' },
      { level1: '产出指标', level2: '时效指标', level3: '经费支付及时率', description: '在规定时限内完成支付的比例', value: '≥95%' },
      cost('年度运行成本'),
      { level1: '效益指标', level2: '社会效益指标', level3: '年度工作任务完成率', description: '年度重点工作任务按计划完成的比例', value: '≥95%' },
      satisfaction('服务对象'),
    ],
  },
  {
    id: 'subsidies',
    name: { 'zh-CN': '人员经费与补贴发放', 'en-US': 'Allowances and subsidies to people' },
    sources: ['2024年示例 4.企业改制人员经费（生活补贴）', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '补贴发放人数', description: '按政策应享受补贴的人数', value: '=**人' },
      { level1: '产出指标', level2: '质量指标', level3: '补贴标准执行准确率', description: '按规定标准足额发放的比例', value: '=100%' },
      { level1: '产出指标', level2: '时效指标', level3: '补贴按时发放率', description: '在规定时间内发放到位的比例', value: '=100%' },
      cost('补贴发放总额'),
      { level1: '效益指标', level2: '社会效益指标', level3: '补贴政策知晓率', description: '补贴对象知晓政策的比例', value: '≥90%' },
      satisfaction('补贴对象'),
    ],
  },
  {
    id: 'training',
    name: { 'zh-CN': '宣传培训', 'en-US': 'Publicity and training' },
    sources: ['2024年示例 8.人防宣教、防空专业组训练、人防警报设备维保经费', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '培训人次', description: '全年组织培训的人次', value: '≥**人次' },
      { level1: '产出指标', level2: '数量指标', level3: '宣传活动次数', description: '全年开展宣传活动的次数', value: '≥**次' },
      { level1: '产出指标', level2: '质量指标', level3: '培训考核合格率', description: '参训人员考核合格的比例', value: '≥95%' },
      { level1: '产出指标', level2: '时效指标', level3: '培训计划完成时限', description: '全年培训计划完成所需时间', value: '≤12个月' },
      cost('培训宣传总成本'),
      { level1: '效益指标', level2: '社会效益指标', level3: '宣传对象知晓率', description: '宣传对象知晓相关知识的比例', value: '≥85%' },
      satisfaction('参训人员'),
    ],
  },
  {
    id: 'equipment',
    name: { 'zh-CN': '设备购置与维护', 'en-US': 'Equipment purchase and upkeep' },
    sources: ['2024年示例 7.人防警报设备采购经费', '2024年示例 8.（设备维保部分）', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '购置（维护）设备数量', description: '全年购置或维护的设备台（套）数', value: '≥**台' },
      { level1: '产出指标', level2: '质量指标', level3: '设备验收合格率', description: '购置设备验收合格的比例', value: '=100%' },
      { level1: '产出指标', level2: '质量指标', level3: '设备完好率', description: '在用设备处于完好状态的比例', value: '≥95%' },
      { level1: '产出指标', level2: '时效指标', level3: '采购（维护）完成时限', description: '完成采购或维护所需时间', value: '≤12个月' },
      cost('设备购置（维护）成本'),
      { level1: '效益指标', level2: '社会效益指标', level3: '设备使用率', description: '设备投入使用的比例', value: '≥90%' },
      satisfaction('设备使用人员'),
    ],
  },
  {
    id: 'it-systems',
    name: { 'zh-CN': '信息化建设', 'en-US': 'Information systems' },
    sources: ['2024年示例 3.粮食购销领域监管信息化', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '建设（升级）系统功能模块数', description: '项目完成的功能模块个数', value: '≥**个' },
      { level1: '产出指标', level2: '质量指标', level3: '系统验收通过率', description: '项目通过验收的比例', value: '=100%' },
      { level1: '产出指标', level2: '质量指标', level3: '系统运行可用率', description: '系统正常可用时间占比', value: '≥99%' },
      { level1: '产出指标', level2: '时效指标', level3: '项目建设周期', description: '从开工到验收所需时间', value: '≤12个月' },
      cost('项目建设成本'),
      { level1: '效益指标', level2: '社会效益指标', level3: '业务网上办理率', description: '相关业务通过系统办理的比例', value: '≥90%' },
      satisfaction('系统用户'),
    ],
  },
  {
    id: 'grants',
    name: { 'zh-CN': '奖补资金', 'en-US': 'Grants and rewards to enterprises' },
    sources: ['2024年示例 5.区级储备粮利息费用补贴', '10.非机动车充电运营补贴资金', '11.–13.（唐财建奖补资金）', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '支持企业（项目）数量', description: '获得奖补的企业或项目个数', value: '≥**个' },
      { level1: '产出指标', level2: '质量指标', level3: '资金拨付准确率', description: '按核定金额拨付的比例', value: '=100%' },
      { level1: '产出指标', level2: '时效指标', level3: '资金拨付时限', description: '资金下达后拨付到位所需天数', value: '≤**天' },
      cost('奖补资金总额'),
      { level1: '效益指标', level2: '经济效益指标', level3: '受支持企业持续经营率', description: '受支持企业在年末仍正常经营的比例', value: '≥90%' },
      satisfaction('受支持企业'),
    ],
  },
  {
    id: 'construction',
    name: { 'zh-CN': '基本建设', 'en-US': 'Construction' },
    sources: ['真实表格：高标准农田、村内道路、水利修复等建设类项目（test/realworld）', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '建设规模', description: '新建或改建的面积、长度等', value: '≥**平方米' },
      { level1: '产出指标', level2: '质量指标', level3: '工程验收合格率', description: '工程通过验收的比例', value: '=100%' },
      { level1: '产出指标', level2: '时效指标', level3: '工程建设工期', description: '从开工到完工所需时间', value: '≤**个月' },
      cost('工程建设成本'),
      { level1: '效益指标', level2: '社会效益指标', level3: '受益人口数', description: '工程投入使用后的受益人数', value: '≥**人' },
      { level1: '效益指标', level2: '可持续影响指标', level3: '工程设计使用年限', description: '工程按设计可使用的年限', value: '≥**年' },
      satisfaction('受益群众'),
    ],
  },
  {
    id: 'reserves',
    name: { 'zh-CN': '物资储备', 'en-US': 'Stockpiles and reserves' },
    sources: ['2024年示例 2.救灾物资储存经费', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '储备物资数量', description: '年内储备物资的件（套）数', value: '≥**件' },
      { level1: '产出指标', level2: '质量指标', level3: '储备物资完好率', description: '储备物资处于完好状态的比例', value: '≥99%' },
      { level1: '产出指标', level2: '时效指标', level3: '物资调拨响应时间', description: '接到调拨指令到物资出库的时间', value: '≤**小时' },
      cost('储备管理成本'),
      { level1: '效益指标', level2: '社会效益指标', level3: '应急物资保障率', description: '应急需要时物资按需保障的比例', value: '≥95%' },
      satisfaction('物资使用单位'),
    ],
  },
  {
    id: 'plans-studies',
    name: { 'zh-CN': '规划编制与课题研究', 'en-US': 'Plans and studies' },
    sources: ['2024年示例 6.区人防工程专项规划修编及防空方案编制', GUIDANCE],
    indicators: [
      { level1: '产出指标', level2: '数量指标', level3: '编制规划（方案、报告）数量', description: '完成的规划、方案或研究报告个数', value: '=**个' },
      { level1: '产出指标', level2: '质量指标', level3: '成果评审通过率', description: '成果通过专家评审的比例', value: '=100%' },
      { level1: '产出指标', level2: '时效指标', level3: '编制完成时限', description: '从启动到成果提交所需时间', value: '≤12个月' },
      cost('编制（研究）费用'),
      { level1: '效益指标', level2: '社会效益指标', level3: '成果采纳应用率', description: '成果被采纳应用的比例', value: '≥80%' },
      satisfaction('成果使用部门'),
    ],
  },
];

export function projectKind(id: string): ProjectKind | undefined {
  return PROJECT_KINDS.find((kind) => kind.id === id);
}

export interface NewTableFacts {
  name: string;
  code: string;
  agency: string;
  /** 万元. */
  budget: number | null;
  fiscal: number | null;
  other: number | null;
  usage: string;
  goal: string;
  /** Cumulative shares spent by the end of months 3, 6, 10, 12, in percent. */
  plan: (number | null)[];
  year: number;
  /** The 2021 framework puts costs at level 1; the older one lists them as 成本指标 under 产出指标. */
  framework: '2015' | '2021';
}

function fill(indicator: LibraryIndicator, facts: NewTableFacts, framework: '2015' | '2021'): TableIndicator {
  const budget = facts.budget === null ? '**' : String(facts.budget);
  const moved = framework === '2015' && indicator.level1 === '成本指标';
  return {
    level1: moved ? '产出指标' : indicator.level1,
    level2: moved ? '成本指标' : indicator.level2,
    level3: indicator.level3,
    description: indicator.description,
    value: indicator.value.replace('{budget}', budget),
    basis: indicator.basis ?? defaultBasis(indicator),
  };
}

/** A new standard table of this kind, ready to fill in: the facts given, the kind's indicators, "**" where to set. */
export function newTableContent(kind: ProjectKind, facts: NewTableFacts): TableContent {
  const indicators = kind.indicators.map((i) => fill(i, facts, facts.framework));
  // The older framework lists costs among the outputs: keep the level-1 groups together.
  const order = ['产出指标', '成本指标', '效益指标', '满意度指标'];
  indicators.sort((a, b) => order.indexOf(a.level1) - order.indexOf(b.level1));
  return {
    title: /^\d{4}年/.test(facts.name) ? `${facts.name}绩效目标表` : `${facts.year}年${facts.name}绩效目标表`,
    agency: facts.agency,
    unitLine: '单位：万元',
    code: facts.code,
    name: facts.name,
    budget: facts.budget,
    fiscal: facts.fiscal,
    other: facts.other,
    usage: facts.usage,
    planHeadings: ['3月底', '6月底', '10月底', '12月底'],
    plan: facts.plan.map((p) => (p === null ? null : p / 100)),
    goal: facts.goal,
    indicators,
  };
}
