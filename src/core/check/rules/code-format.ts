/** Rule 6: a project code that is not of the usual 21-character shape (130209 24 P 000713 10005T). */
import { defineRule } from '../define';

const USUAL = /^\d{8}[A-Z][0-9A-Z]{12}$/;

export default defineRule({
  meta: {
    id: 'code/format',
    category: 'codes',
    severity: 'info',
    description: {
      'zh-CN': '项目编码不是常见的 21 位格式（6位区划码+2位年份+P+12位编号）',
      'en-US': 'The project code is not of the usual 21-character shape (division code, year, P, serial)',
    },
    messages: {
      unusual: {
        'zh-CN': '项目编码“{code}”（{length} 位）不是常见的 21 位格式，如 13020924P00071310005T；请核对是否抄录有误',
        'en-US': 'Project code "{code}" ({length} characters) is not of the usual 21-character shape such as 13020924P00071310005T; check it was copied right',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      if (!project.code) continue;
      const code = project.code.trim();
      if (USUAL.test(code)) continue;
      report({ table: project, cell: project.cells.code ?? 'A1', messageId: 'unusual', data: { code, length: [...code].length }, field: 'code' });
    }
  },
});
