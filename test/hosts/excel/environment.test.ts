/** Inside Office: batches wait while the user edits a cell (ExcelApi 1.11), and requirement sets come from Office. */
import { officeEnvironment } from '../../../src/hosts/excel/environment';

function withOffice(version: number, run: jest.Mock): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = { context: { requirements: { isSetSupported: (_set: string, v: string) => Number(v.split('.')[1]) <= version } } };
  g.Excel = { run };
}

describe('the Office environment', () => {
  afterEach(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    delete g.Office;
    delete g.Excel;
  });

  it('asks Excel to wait for a cell edit to end, where ExcelApi 1.11 is there', async () => {
    const run = jest.fn(async (...args: unknown[]) => (args.length === 2 ? 'waited' : 'plain'));
    withOffice(11, run);
    await expect(officeEnvironment().run(async () => 'x')).resolves.toBe('waited');
    expect(run.mock.calls[0][0]).toEqual({ delayForCellEdit: true });
  });

  it('runs the batch as before on older Excel', async () => {
    const run = jest.fn(async (...args: unknown[]) => (args.length === 2 ? 'waited' : 'plain'));
    withOffice(10, run);
    await expect(officeEnvironment().run(async () => 'x')).resolves.toBe('plain');
    expect(officeEnvironment().supports('1.10')).toBe(true);
    expect(officeEnvironment().supports('1.11')).toBe(false);
  });
});
