/** The task pane in jsdom over the fake Excel: the sample workbook and a check that waits for its result. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ExcelWorkbookHost } from '../../src/hosts/excel/excel-host';
import { FakeExcel } from '../../src/hosts/memory/fake-excel';
import { workbookFromGrid } from '../../src/hosts/memory/workbook-data';
import { readGrid, SAMPLE_PER_SHEET } from './samples';

export function sampleHost(version = '1.18'): { fake: FakeExcel; host: ExcelWorkbookHost } {
  const fake = new FakeExcel(workbookFromGrid(readGrid(SAMPLE_PER_SHEET)), version);
  return { fake, host: new ExcelWorkbookHost(fake.environment) };
}

/** Clicks 检查 and waits until that check (not an earlier one) has finished. */
export async function runCheck(): Promise<void> {
  const main = document.querySelector('main[data-checks]');
  const done = Number(main?.getAttribute('data-checks') ?? 0);
  fireEvent.click(screen.getByTestId('check'));
  await waitFor(
    () => {
      const now = document.querySelector('main[data-checks]');
      expect(now).toHaveAttribute('data-checks', String(done + 1));
      expect(now).toHaveAttribute('data-busy', '');
    },
    { timeout: 5000 },
  );
}

/** The findings in the list, in their order on screen. */
export function findingRows(): HTMLElement[] {
  return screen.queryAllByTestId('finding');
}

export function findingByRule(rule: string): HTMLElement {
  const row = findingRows().find((f) => f.getAttribute('data-rule') === rule);
  if (!row) throw new Error(`no finding of ${rule} in the list`);
  return row;
}
