/** Rule 8: every project has at least one output (产出) and one benefit (效益) indicator. */
import { defineRule } from '../define';
import { tableName } from '../indicator-kinds';
import { standardLevel1 } from '../taxonomy';

export default defineRule({
  meta: {
    id: 'taxonomy/coverage',
    category: 'taxonomy',
    severity: 'error',
    description: {
      'zh-CN': '每个项目至少要有一条产出指标和一条效益指标',
      'en-US': 'Every project needs at least one output (产出) and one benefit (效益) indicator',
    },
    messages: {
      missing: {
        'zh-CN': '项目“{project}”没有{missing}：绩效指标至少应包括产出指标和效益指标',
        'en-US': 'Project "{project}" has no {missingEn}: indicators must include at least an output and a benefit indicator',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      if (project.indicators.length === 0) continue; // required/indicators says so already
      const level1s = new Set(project.indicators.map((i) => standardLevel1(i.level1)));
      // A template with level-1 headings of its own (过程管理指标) is not held to the standard four.
      if (level1s.has(null)) continue;
      const missing: [string, string][] = [];
      if (!level1s.has('产出')) missing.push(['产出指标', 'output indicator']);
      if (!level1s.has('效益')) missing.push(['效益指标', 'benefit indicator']);
      if (missing.length === 0) continue;
      const cell = project.indicators[0].cells.level1 ?? project.indicators[0].cells.level3 ?? 'A1';
      report({
        table: project,
        cell,
        messageId: 'missing',
        data: { project: tableName(project), missing: missing.map((m) => m[0]).join('和'), missingEn: missing.map((m) => m[1]).join(' or ') },
        field: 'coverage',
      });
    }
  },
});
