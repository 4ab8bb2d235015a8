/** A table that follows the other framework than the one configured (preset 2015 or 2021). */
import { defineRule } from '../define';
import { tableName } from '../indicator-kinds';
import { isCostCategory } from '../../normalize/level-name';

export default defineRule({
  meta: {
    id: 'taxonomy/framework',
    category: 'taxonomy',
    severity: 'warning',
    description: {
      'zh-CN': '表格采用的指标框架与配置要求的框架不一致（仅在配置了框架时检查）',
      'en-US': 'A table follows another indicator framework than the configured one (checked only when one is configured)',
    },
    messages: {
      expected2021: {
        'zh-CN': '项目“{project}”把成本指标放在产出指标下（旧框架）；按财预〔2021〕101号，成本指标应作为一级指标，下设经济成本、社会成本、生态环境成本指标',
        'en-US': 'Project "{project}" puts cost under output (older framework); under the 2021 framework cost is a level-1 indicator',
      },
      expected2015: {
        'zh-CN': '项目“{project}”把成本指标作为一级指标（2021年框架）；按本地要求，成本指标应作为产出指标下的二级指标',
        'en-US': 'Project "{project}" has cost at level 1 (2021 framework); the configured framework puts it under output',
      },
    },
  },
  check({ model, settings, report }) {
    if (settings.framework === 'auto') return;
    for (const project of model.projects) {
      if (project.framework === 'unknown' || project.framework === settings.framework) continue;
      const cost = project.indicators.find((i) => isCostCategory(i.level1, i.level2));
      report({
        table: project,
        cell: cost?.cells.level2 ?? cost?.cells.level1 ?? 'A1',
        messageId: settings.framework === '2021' ? 'expected2021' : 'expected2015',
        data: { project: tableName(project) },
        field: 'framework',
      });
    }
  },
});
