/** Rule 8: a project that serves the public has a satisfaction indicator. */
import { defineRule } from '../define';
import { isSatisfaction, nameOf, tableName } from '../indicator-kinds';

/** Words that name the people or firms a project serves: a project that says so needs their satisfaction measured. */
const SERVES_PEOPLE = /群众|居民|公众|市民|村民|农民|农户|学生|患者|病人|老人|老年人|儿童|残疾人|服务对象|游客|受益人|受益群众|困难群体|低保|特困|退役军人|经营主体|市场主体|商户/;
/** Words that only suggest it (补助 may go to towns, 参保 to the unit's own staff): a hint at info, never a warning. */
const SUGGESTS_PEOPLE = /民生|补贴|补助|救助|救济|培训|就业|参保|用户|社区|受益|企业|残疾/;

export default defineRule({
  meta: {
    id: 'taxonomy/satisfaction-missing',
    category: 'taxonomy',
    severity: 'warning',
    description: {
      'zh-CN': '面向群众、企业等服务对象的项目应设满意度指标',
      'en-US': 'A project that serves the public or firms should have a satisfaction indicator',
    },
    messages: {
      missing: {
        'zh-CN': '项目“{project}”面向服务对象（{hint}），但没有满意度指标：应增加“服务对象满意度指标”，如“服务对象满意度 ≥90%”',
        'en-US': 'Project "{project}" serves the public ({hint}) but has no satisfaction indicator; add one such as "服务对象满意度 ≥90%"',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      if (project.indicators.length === 0 || project.indicators.some(isSatisfaction)) continue;
      const text = [project.name, project.goal, project.usage, ...project.indicators.map(nameOf)].join(' ');
      const strong = SERVES_PEOPLE.exec(text)?.[0];
      const hint = strong ?? SUGGESTS_PEOPLE.exec(text)?.[0];
      if (!hint) continue;
      const last = project.indicators[project.indicators.length - 1];
      report({
        table: project,
        cell: last.cells.level1 ?? last.cells.level3 ?? 'A1',
        messageId: 'missing',
        data: { project: tableName(project), hint },
        field: 'satisfaction',
        ...(strong ? {} : { evidence: 'weak' as const }),
      });
    }
  },
});
