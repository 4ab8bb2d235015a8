/** The reading and the checks as steps (what the task pane runs a little at a time) give what the one-go calls give. */
import { readWorkbook, readWorkbookSteps } from '../../src/core/read';
import { checkSteps, runChecks } from '../../src/core/check/engine';
import { RULES } from '../../src/core/check/registry';
import { finish } from '../../src/core/steps';
import { readGrid, SAMPLE_PER_SHEET } from '../helpers/samples';

describe('stepwise reading and checking', () => {
  const grid = readGrid(SAMPLE_PER_SHEET);

  it('reads one sheet a step, saying how far it got, into the same model', () => {
    const steps = readWorkbookSteps(grid);
    const seen: { done: number; sheets: number }[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(seen).toEqual(grid.sheets.map((_, i) => ({ done: i + 1, sheets: grid.sheets.length })));
    expect(step.value).toEqual(readWorkbook(grid));
  });

  it('runs one rule a step into the same findings', () => {
    const model = readWorkbook(grid);
    const steps = checkSteps(model);
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      expect(step.value.rules).toBe(RULES.length);
      step = steps.next();
    }
    expect(count).toBe(RULES.length);
    expect(step.value).toEqual(runChecks(model));
    expect(step.value.findings.length).toBeGreaterThan(0);
  });

  it('finish runs any generator of steps to its value', () => {
    function* three(): Generator<number, string, void> {
      yield 1;
      yield 2;
      return 'done';
    }
    expect(finish(three())).toBe('done');
  });
});
