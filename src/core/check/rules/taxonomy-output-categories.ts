/**
 * Rule 8: in the older framework (成本 under 产出), 数量, 质量, 时效 and 成本 each present under 产出指标. A template row
 * left empty does not count. Tables of the 2021 framework, and tables that show neither (unless the configuration says
 * the older one is in force), are not held to it.
 */
import { defineRule } from '../define';
import { tableName } from '../indicator-kinds';
import { baseName, standardLevel1 } from '../taxonomy';
import { isCostCategory } from '../../normalize/level-name';

export default defineRule({
  meta: {
    id: 'taxonomy/output-categories',
    category: 'taxonomy',
    severity: 'warning',
    description: {
      'zh-CN': '旧框架（成本在产出下）的产出指标应包括数量、质量、时效、成本指标',
      'en-US': 'In the older framework (cost under output), outputs cover quantity, quality, timeliness and cost',
    },
    messages: {
      missing: {
        'zh-CN': '项目“{project}”缺少{missing}：产出应包括数量、质量、时效指标，并设置成本指标',
        'en-US': 'Project "{project}" lacks {missingEn}: outputs should cover quantity, quality and timeliness, with a cost indicator',
      },
      noCost: {
        'zh-CN': '项目“{project}”没有任何成本指标：请设置成本指标（如“项目成本 ≤预算数”“单位成本 ≤××元”）',
        'en-US': 'Project "{project}" has no cost indicator at all: add one (project cost within the budget, a unit cost)',
      },
      missingTemplateRowEmpty: {
        'zh-CN': '项目“{project}”缺少{missing}：模板中的这一行未填写；产出应包括数量、质量、时效指标，并设置成本指标',
        'en-US': 'Project "{project}" lacks {missingEn}: the template row is left empty; outputs should cover quantity, quality and timeliness, with a cost indicator',
      },
    },
  },
  check({ model, settings, report }) {
    // Department-wide grids in the standard names: a cost heading left empty (or none at all) is worth a hint.
    for (const department of model.departments) {
      const level1s = department.indicators.map((i) => standardLevel1(i.level1));
      if (!level1s.includes('产出') || department.indicators.some((i) => isCostCategory(i.level1, i.level2))) continue;
      const empty = department.emptyCategoryRows.find((r) => /成本/.test(r.level2) || /成本/.test(r.level1));
      report({
        table: department,
        cell: empty?.cell ?? department.indicators[0].cells.level1 ?? 'A1',
        messageId: 'noCost',
        data: { project: department.name ?? department.title ?? department.sheet },
        field: 'output-categories#cost',
        evidence: 'weak',
      });
    }
    for (const project of model.projects) {
      if (project.indicators.length === 0) continue;
      const framework = project.framework === 'unknown' ? settings.framework : project.framework;
      if (framework === 'auto' && project.framework === 'unknown') {
        // No cost indicator anywhere, so the framework cannot be told: both frameworks ask for one.
        const level1s = project.indicators.map((i) => standardLevel1(i.level1));
        if (level1s.includes('产出') && !level1s.includes(null)) {
          const empty = project.emptyCategoryRows.find((r) => /成本/.test(r.level2) || /成本/.test(r.level1));
          report({
            table: project,
            cell: empty?.cell ?? project.indicators[0].cells.level1 ?? 'A1',
            messageId: 'noCost',
            data: { project: tableName(project) },
            field: 'output-categories#cost',
            // Which framework the table follows is unknown, and so is how strictly it asks for cost: a hint.
            evidence: 'weak',
          });
        }
        continue;
      }
      if (framework !== '2015') continue;
      const pairs = project.indicators.map((i) => [standardLevel1(i.level1) ?? baseName(i.level1), baseName(i.level2)] as const);
      // 进度指标 is an older name for 时效指标.
      const underOutput = new Set(pairs.filter(([l1]) => l1 === '产出').map(([, l2]) => (l2 === '进度' ? '时效' : l2)));
      const hasCost = project.indicators.some((i) => isCostCategory(i.level1, i.level2));
      const missing: [string, string][] = [];
      if (!underOutput.has('数量')) missing.push(['数量指标', 'quantity']);
      if (!underOutput.has('质量')) missing.push(['质量指标', 'quality']);
      if (!underOutput.has('时效')) missing.push(['时效指标', 'timeliness']);
      if (!hasCost) missing.push(['成本指标', 'a cost indicator']);
      if (missing.length === 0) continue;
      const emptyRows = project.emptyCategoryRows.filter((r) => missing.some(([m]) => m.startsWith(baseName(r.level2))));
      const cell = emptyRows[0]?.cell ?? project.indicators[0].cells.level1 ?? 'A1';
      report({
        table: project,
        cell,
        messageId: emptyRows.length ? 'missingTemplateRowEmpty' : 'missing',
        data: {
          project: tableName(project),
          missing: missing.map((m) => m[0]).join('、'),
          missingEn: missing.map((m) => m[1]).join(', '),
        },
        field: 'output-categories',
      });
    }
  },
});
