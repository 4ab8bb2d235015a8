/** Rule 1: a table without a single indicator. */
import { defineRule } from '../define';
import { tableName } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'required/indicators',
    category: 'structure',
    severity: 'error',
    description: { 'zh-CN': '每个项目至少要有一条绩效指标', 'en-US': 'Every project needs at least one indicator' },
    messages: {
      none: {
        'zh-CN': '项目“{project}”没有任何绩效指标：请在一级指标、二级指标、三级指标、指标值表中填写指标',
        'en-US': 'Project "{project}" has no indicators: fill in the indicator table (level 1, level 2, level 3, value)',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      // Only where the reader found the grid: a table whose header it could not place has a reader note instead.
      if (project.indicators.length > 0 || !project.indicatorHeader) continue;
      const cell = project.cells.name ?? project.cells.code ?? project.cells.title ?? 'A1';
      report({ table: project, cell, messageId: 'none', data: { project: tableName(project) }, field: 'indicators' });
    }
  },
});
