/** Rule 8: a project that serves the public has a satisfaction indicator. */
import { defineRule } from '../define';
import { isSatisfaction, nameOf, tableName } from '../indicator-kinds';

/** Words that show a project serves people or firms outside the department. */
const PUBLIC_FACING = /群众|居民|公众|市民|村民|农民|农户|学生|患者|病人|老人|儿童|残疾|企业|服务对象|民生|补贴|补助|救助|救济|培训|就业|参保|游客|用户|社区|受益/;

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
      const hint = PUBLIC_FACING.exec(text)?.[0];
      if (!hint) continue;
      const last = project.indicators[project.indicators.length - 1];
      report({
        table: project,
        cell: last.cells.level1 ?? last.cells.level3 ?? 'A1',
        messageId: 'missing',
        data: { project: tableName(project), hint },
        field: 'satisfaction',
      });
    }
  },
});
