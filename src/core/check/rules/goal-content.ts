/**
 * What the performance goal says: only a number ("43.2" where the year's goal belongs), a multi-year project's annual
 * goal copied word for word from its mid-term goal, or a mid-term goal with its grid of long-term indicators left empty.
 */
import { defineRule } from '../define';
import { tableName } from '../indicator-kinds';
import { squeeze } from '../../normalize/text';
import type { Project } from '../../model';

/** A project that runs for several years: its whole-period money differs from this year's, or its headings span years. */
function isMultiYear(project: Project): boolean {
  if (project.budgetTotal != null && project.budget != null && Math.abs(project.budgetTotal - project.budget) > 0.005) return true;
  const label = project.goalMid?.label ?? '';
  const span = /(20\d{2})\s*年?\s*[-—–~～至]+\s*(20\d{2})/.exec(label);
  return span !== null && span[1] !== span[2];
}

export default defineRule({
  meta: {
    id: 'goal/content',
    category: 'structure',
    severity: 'warning',
    description: {
      'zh-CN': '绩效目标只写了数字、年度目标照抄中期目标，或写了中期目标却没有填写中期指标',
      'en-US': 'The goal is only a number, the annual goal copies the mid-term one, or a mid-term goal has no mid-term indicators',
    },
    messages: {
      numberOnly: {
        'zh-CN': '项目“{project}”的绩效目标只写了“{goal}”，没有说明要达到的产出和效果：请概述本年度的主要产出和效益',
        'en-US': 'The goal of "{project}" is only "{goal}" and says nothing of outputs or effects: state what this year\u2019s money will achieve',
      },
      copiedFromMid: {
        'zh-CN': '项目“{project}”的年度目标照抄了中期目标：多年项目的年度目标应写明本年度要完成的部分',
        'en-US': 'The annual goal of "{project}" copies its mid-term goal: a multi-year project\u2019s annual goal states this year\u2019s part',
      },
      actualRepeatsGoal: {
        'zh-CN': '项目“{project}”的目标完成情况只是重复了预期目标：请写明实际完成了多少（数量、质量、时效）',
        'en-US': 'What "{project}" reports as achieved merely repeats its goal: say what was actually achieved',
      },
      midTermEmpty: {
        'zh-CN': '项目“{project}”写了中期目标，中期（长期）指标却没有填写：请填写与中期目标对应的指标，或说明不需要',
        'en-US': '"{project}" states a mid-term goal, but its mid-term (long-term) indicators are left empty: fill them in or say why not',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const goal = project.goal ? squeeze(project.goal) : '';
      const data = { project: tableName(project), goal: project.goal ?? '' };
      if (goal !== '' && project.cells.goal && !/[\u4e00-\u9fa5A-Za-z]/.test(goal)) {
        report({ table: project, cell: project.cells.goal, messageId: 'numberOnly', data, field: 'goal#content' });
        continue;
      }
      const mid = project.goalMid ? squeeze(project.goalMid.text) : '';
      if (goal !== '' && mid !== '' && project.cells.goal && project.cells.goal !== project.goalMid!.cell && isMultiYear(project)) {
        const copied = goal === mid || (goal.length >= 40 && (mid.startsWith(goal) || goal.startsWith(mid)));
        if (copied) report({ table: project, cell: project.cells.goal, cells: [project.goalMid!.cell], messageId: 'copiedFromMid', data, field: 'goal#copied' });
      }
      const actual = project.goalActual ? squeeze(project.goalActual.text) : '';
      if (goal.length >= 8 && actual !== '' && (actual === goal || (actual.length >= 20 && (goal.startsWith(actual) || actual.startsWith(goal))))) {
        report({ table: project, cell: project.goalActual!.cell, cells: project.cells.goal ? [project.cells.goal] : [], messageId: 'actualRepeatsGoal', data, field: 'goal#actual' });
      }
      if (mid !== '' && project.setAsideGrid && !project.setAsideGrid.filled) {
        report({ table: project, cell: project.setAsideGrid.cell, messageId: 'midTermEmpty', data, field: 'goal#mid-term-grid', evidence: 'weak' });
      }
    }
  },
});
