/**
 * @jest-environment jsdom
 *
 * The pane on a workbook it cannot read whole: a line above the findings says which rows were not read, whatever the
 * filters, and 没有发现问题 is never said; the same on a sheet that holds indicator rows and no table.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { ExcelWorkbookHost } from '../../src/hosts/excel/excel-host';
import { FakeExcel } from '../../src/hosts/memory/fake-excel';
import { workbookFromGrid } from '../../src/hosts/memory/workbook-data';
import { sheet, workbook } from '../helpers/grid';
import { UNKNOWN_HEADER_ROWS } from '../helpers/unread-block';

beforeEach(() => localStorage.clear());

function host(...sheets: ReturnType<typeof sheet>[]): ExcelWorkbookHost {
  return new ExcelWorkbookHost(new FakeExcel(workbookFromGrid(workbook(...sheets))).environment);
}

async function check(): Promise<void> {
  fireEvent.click(screen.getByTestId('check'));
  await waitFor(() => expect(screen.getByTestId('summary')).toBeInTheDocument(), { timeout: 5000 });
}

describe('the pane on a workbook it cannot read whole', () => {
  it('says which rows were not read above the findings, and never 没有发现问题, also filtered to errors', async () => {
    render(<App host={host(sheet('培训', UNKNOWN_HEADER_ROWS))} locale="zh-CN" />);
    await check();
    const line = screen.getByTestId('incomplete');
    expect(line).toHaveTextContent('1 张表未能完整读取：工作表“培训”第 6–9 行，以下结果不完整');
    expect(screen.queryByTestId('no-findings')).toBeNull();
    expect(screen.queryByText(/没有发现问题/)).toBeNull();
    const warning = screen.getAllByTestId('finding').find((f) => f.getAttribute('data-rule') === 'reader/unread-block')!;
    expect(warning).toHaveAttribute('data-severity', 'warning');
    expect(line.compareDocumentPosition(warning) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Errors only: the warning is filtered out, the line stays.
    fireEvent.click(screen.getByTestId('filter-info'));
    fireEvent.click(screen.getByTestId('filter-warning'));
    expect(screen.getByTestId('incomplete')).toBeInTheDocument();
    expect(screen.queryByText(/没有发现问题/)).toBeNull();
  });

  it('says it in English too', async () => {
    render(<App host={host(sheet('培训', UNKNOWN_HEADER_ROWS))} locale="en-US" />);
    await check();
    expect(screen.getByTestId('incomplete')).toHaveTextContent('1 table could not be read whole: sheet "培训" rows 6–9. The results below are incomplete');
    expect(screen.queryByText(/No problems found/)).toBeNull();
  });

  it('shows the block and its warning when the sheet holds no table at all', async () => {
    render(<App host={host(sheet('附表', UNKNOWN_HEADER_ROWS.slice(4)))} locale="zh-CN" />);
    await check();
    expect(screen.getByTestId('no-tables')).toBeInTheDocument();
    expect(screen.getByTestId('incomplete')).toHaveTextContent('工作表“附表”第 2–5 行');
    expect(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-rule'))).toEqual(['reader/unread-block']);
    expect(screen.queryByText(/没有发现问题/)).toBeNull();
  });
});
