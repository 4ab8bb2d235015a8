/**
 * The sample self-evaluation workbook (npm run samples): the 13 projects' year-end forms, each with one planted
 * mistake. Every planted mistake is reported at its cell, nothing else is said about the evaluation, and project 13,
 * filled in correctly, gets no evaluation finding at all.
 */
import * as path from 'path';
import { openWorkbookFile } from '../../../src/hosts/file/open-workbook-file';
import { readWorkbook } from '../../../src/core/read';
import { runChecks } from '../../../src/core/check/engine';
import { PLANTS } from '../../../scripts/self-evaluation-sample';
import { REPO } from '../../helpers/samples';

const SAMPLE = path.join(REPO, 'samples', 'caofeidian-2024-self-evaluation.xlsx');
/** What the self-evaluation adds to a target table's checks. */
const EVALUATION_RULES = /^(evaluation\/|indicator\/weights-total$|text\/template-prompt$|goal\/content$)/;

async function findingsOfSample() {
  const opened = await openWorkbookFile(SAMPLE);
  if (!opened.ok) throw new Error(`cannot open the sample: ${opened.error.code}`);
  const model = readWorkbook(opened.grid);
  return { model, findings: runChecks(model).findings };
}

describe('the sample self-evaluation workbook', () => {
  it('reads every project with its budget block, actual values, weights and scores', async () => {
    const { model } = await findingsOfSample();
    expect(model.projects).toHaveLength(13);
    for (const project of model.projects) {
      expect(project.execution?.fullYear).toBe(project.budget);
      expect(project.indicators).toHaveLength(6);
      expect(project.indicators.every((i) => i.weight !== null && i.score !== null)).toBe(true);
    }
    expect(model.projects[12].indicators.map((i) => i.actual)).toEqual(['6个', '95%', '1年', '58.8万元', '90%', '95%']);
  });

  it('reports every planted mistake at its cell', async () => {
    const { model, findings } = await findingsOfSample();
    const sheetOf = (project: number): string => model.projects[project - 1].sheet;
    for (const plant of PLANTS) {
      const found = findings.some((f) => f.sheet === sheetOf(plant.project) && f.rule === plant.rule && [f.cell, ...(f.cells ?? [])].includes(plant.cell));
      if (!found) throw new Error(`not reported: project ${plant.project}, ${plant.rule} at ${plant.cell} (${plant.what})`);
    }
  });

  it('says nothing else about the evaluations, and nothing at all about the correct one', async () => {
    const { model, findings } = await findingsOfSample();
    const sheetOf = (project: number): string => model.projects[project - 1].sheet;
    const unplanted = findings
      .filter((f) => EVALUATION_RULES.test(f.rule))
      .filter((f) => !PLANTS.some((p) => f.sheet === sheetOf(p.project) && f.rule === p.rule && [f.cell, ...(f.cells ?? [])].includes(p.cell)));
    expect(unplanted.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
    expect(findings.filter((f) => f.sheet === sheetOf(13) && EVALUATION_RULES.test(f.rule))).toEqual([]);
  });
});
