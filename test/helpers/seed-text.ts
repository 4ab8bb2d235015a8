/**
 * Parses the seed document (../shared/seed/000_525f63ac33b99e0b.txt: a Word file converted to text, cells as
 * tab-led lines, rows separated by blank lines) into the facts of its 13 project tables and its department-wide
 * prose. Tests use it to prove that samples/seed-tables.json holds exactly the seed's facts.
 */

import type { SeedDepartment, SeedFacts, SeedProject } from '../../scripts/seed-facts';

export type { SeedDepartment, SeedFacts, SeedIndicator, SeedProject } from '../../scripts/seed-facts';

const BOOKMARK = /^\[bookmark: [^\]]*\]/;

function rowsOf(lines: string[]): string[][] {
  const rows: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.startsWith('\t')) {
      current.push(line.slice(1).replace(/\t+$/, '').trim());
    } else if (current.length) {
      rows.push(current);
      current = [];
    }
  }
  if (current.length) rows.push(current);
  return rows;
}

export function parseSeedText(text: string): SeedFacts {
  const lines = text.replace(/\r/g, '').split('\n');
  const partTwo = lines.findIndex((l) => l.trim() === '第二部分');
  const department: SeedDepartment = { title: '部门整体绩效目标', lines: [] };
  for (const raw of lines.slice(0, partTwo)) {
    const line = raw.replace(BOOKMARK, '').trim();
    if (line === '' || line === '第一部分' || line === '部门整体绩效目标') continue;
    department.lines.push(line);
  }

  const projects: SeedProject[] = [];
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (i > partTwo && /^\[bookmark: _Toc_4_4_\d+\]\d+\./.test(line)) starts.push(i);
  });
  starts.forEach((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1] : lines.length;
    const heading = lines[start].replace(BOOKMARK, '').trim();
    const match = /^(\d+)\.(.*)$/.exec(heading)!;
    const rows = rowsOf(lines.slice(start + 1, end));
    const [unitRow, idRow, moneyRow, usageRow, planHead, planRow, goalRow, header, ...indicatorRows] = rows;
    if (header[0] !== '一级指标') throw new Error(`unexpected layout in table ${match[1]}`);
    let level1 = '';
    projects.push({
      number: Number(match[1]),
      title: match[2].trim(),
      agency: unitRow[0],
      unitLine: unitRow[1],
      code: idRow[1],
      name: idRow[3],
      budget: moneyRow[2],
      fiscal: moneyRow[4],
      other: (moneyRow[6] ?? '').trim(),
      usage: usageRow[1],
      planHeadings: planHead.slice(1),
      plan: planRow.slice(1).map((v) => v.trim()),
      goal: goalRow[1],
      indicators: indicatorRows.map((cells) => {
        if (cells[0] !== '') level1 = cells[0];
        return {
          level1,
          level2: cells[1],
          level3: cells[2],
          description: cells[3],
          value: cells[4],
          basis: cells[5],
        };
      }),
    });
  });
  return { department, projects };
}
