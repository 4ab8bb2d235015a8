/** Rule 6: the same project code twice in one workbook. */
import { defineRule } from '../define';
import type { Project } from '../../model';
import { squeeze, matchingForm } from '../../normalize/text';

export default defineRule({
  meta: {
    id: 'code/duplicate',
    category: 'codes',
    severity: 'error',
    description: { 'zh-CN': '同一工作簿中项目编码重复', 'en-US': 'The same project code appears twice in one workbook' },
    messages: {
      duplicate: {
        'zh-CN': '项目编码 {code} 与工作表“{otherSheet}”{otherCell} 的项目“{otherName}”重复：每个项目的编码应唯一',
        'en-US': 'Project code {code} is also used by "{otherName}" on sheet "{otherSheet}" at {otherCell}: every project needs its own code',
      },
    },
  },
  check({ model, report }) {
    const first = new Map<string, Project>();
    for (const project of model.projects) {
      if (!project.code) continue;
      const key = squeeze(matchingForm(project.code)).toUpperCase(); // "１３０２…Ｐ…" is the same code
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, project);
        continue;
      }
      report({
        table: project,
        cell: project.cells.code ?? 'A1',
        messageId: 'duplicate',
        data: { code: project.code, otherSheet: earlier.sheet, otherCell: earlier.cells.code ?? '', otherName: earlier.name ?? '' },
        field: 'code',
      });
    }
  },
});
