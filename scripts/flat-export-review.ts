/**
 * `node lib/scripts/flat-export-review.js FILE CELLS`: what `ptcheck check` would do with a county's flat export if
 * its read limits allowed CELLS cells holding a value: open the file within those limits, review it through the
 * workflow, print the counts as JSON. The benchmark times it as a fresh process (wall, CPU, peak memory).
 */
import * as fs from 'fs';
import { openWorkbookBytes } from '../src/hosts/file/open-workbook-bytes';
import { reviewWorkbook } from '../src/core/workflow/review';

const [file, cellsArg] = process.argv.slice(2);
const cells = Number(cellsArg);
const opened = openWorkbookBytes(fs.readFileSync(file), {
  limits: { maxCells: cells, maxGridCells: cells * 2, maxTotalText: cells * 20, maxPartBytes: 1024 * 1024 * 1024, maxInflatedBytes: 1024 * 1024 * 1024 },
});
if (!opened.ok) {
  process.stdout.write(JSON.stringify({ error: opened.error.code }) + '\n');
  process.exit(2);
}
const review = reviewWorkbook(opened.grid, { waivers: opened.waivers });
process.stdout.write(JSON.stringify({ tables: review.tables, indicators: review.model.projects.reduce((n, p) => n + p.indicators.length, 0), findings: review.findings.length, unread: review.unread }) + '\n');
