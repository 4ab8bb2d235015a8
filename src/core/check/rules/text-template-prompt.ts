/**
 * Text the template printed for the preparer, left in place of content: fill-in marks in indicator names and values
 * ("(≥**人)", "××"), and the form's own instructions in a cell meant for content ("对照年度目标,说明…(100字以内)",
 * "请在此处填写"). One finding per table, with every such cell.
 */
import { defineRule } from '../define';
import { isProject, tables } from '../indicator-kinds';
import type { Table } from '../types';

/** "**", "××", "XX", "＊＊": marks where the template wants a figure or a name. */
const FILL_MARK = /\*{2,}|＊{2,}|×{2,}|[Xx]{2,}(?![A-Za-z])|某某|○○/;
/** The form's instructions: a word limit, "请…填写", "说明…情况", "填写说明". */
const INSTRUCTION = /[(（]\s*\d+\s*字(以内|以下)?\s*[)）]|请[^。，,]{0,12}(填写|填报|说明|列出)|^(结合|对照|针对)[^。]{0,30}(说明|分析|提出)|填写说明|此处填写|在此处/;

/** A cheap first look: every prompt holds one of these characters. */
const MAYBE = /[*＊×Xx某○请]|字以|填写|填报|此处|^(结合|对照|针对)/;

export default defineRule({
  meta: {
    id: 'text/template-prompt',
    category: 'structure',
    severity: 'warning',
    description: {
      'zh-CN': '模板的填写提示（“(≥**人)”“××”“说明……(100字以内)”）留在了应填写内容的地方',
      'en-US': 'The template\u2019s prompts ("(≥**人)", "××", "说明……(100字以内)") were left where content belongs',
    },
    messages: {
      marks: {
        'zh-CN': '{count} 处还留着模板的填写标记（如“{example}”）：请改成实际的指标名称和数值',
        'en-US': '{count} cells still hold the template\u2019s fill-in marks (such as "{example}"): write the real names and figures',
      },
      instructions: {
        'zh-CN': '{count} 处填的是模板的填写说明（如“{example}”），不是实际内容：请按要求填写',
        'en-US': '{count} cells hold the template\u2019s instructions (such as "{example}") instead of content: fill them in',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const marks: [string, string][] = [];
      const instructions: [string, string][] = [];
      const look = (text: string | null | undefined, cell: string | undefined): void => {
        if (!text || !cell || !MAYBE.test(text)) return;
        if (INSTRUCTION.test(text)) instructions.push([text, cell]);
        else if (FILL_MARK.test(text)) marks.push([text, cell]);
      };
      for (const indicator of table.indicators) {
        look(indicator.level3, indicator.cells.level3);
        look(indicator.value, indicator.cells.value);
        look(indicator.description, indicator.cells.description);
        // Self-evaluations: the actual value and the reason for a shortfall.
        look(indicator.actual, indicator.cells.actual);
        look(indicator.reason, indicator.cells.reason);
      }
      if (isProject(table)) {
        look(table.goal, table.cells.goal);
        look(table.goalActual?.text, table.goalActual?.cell);
        for (const footer of table.footers ?? []) look(footer.text, footer.textCell);
      }
      say(table, 'marks', marks);
      say(table, 'instructions', instructions);
    }

    function say(table: Table, messageId: 'marks' | 'instructions', found: [string, string][]): void {
      if (found.length === 0) return;
      const example = found[0][0].length > 30 ? `${found[0][0].slice(0, 30)}…` : found[0][0];
      report({
        table,
        cell: found[0][1],
        cells: found.map(([, cell]) => cell),
        messageId,
        data: { count: found.length, example },
        field: `template:${messageId}`,
      });
    }
  },
});
