/**
 * A workbook whose text is hostile to reports: a sheet name and a project name with HTML, quotes and "&", a project
 * code that is a spreadsheet formula, a sheet name that starts with "@". Each table also has real findings. Written
 * part by part with fflate (inline strings), so that it also builds where ExcelJS cannot load (a jsdom test).
 */
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { toA1 } from '../../src/core/grid';
import { tableRows } from '../helpers/table-builder';
import { tempDir } from './cli-helpers';

export const HOSTILE_SHEET = '表<b>"1"&2';
export const HOSTILE_NAME = '<script>alert("x")</script> & 项目';
export const FORMULA_CODE = '=HYPERLINK("http://evil.example","点我")';
export const AT_SHEET = '@SUM(1+1)';

const xml = (text: string): string => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string);

function sheetXml(rows: unknown[][]): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === null || value === undefined) return '';
          const ref = toA1(r, c);
          return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${xml(String(value))}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A minimal .xlsx: the parts Excel needs and one worksheet part per sheet. */
export function minimalXlsx(sheets: { name: string; rows: unknown[][] }[]): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows))));
  return zipSync(files);
}

export async function hostileWorkbook(): Promise<string> {
  const file = path.join(tempDir(), 'hostile.xlsx');
  fs.writeFileSync(
    file,
    minimalXlsx([
      {
        name: HOSTILE_SHEET,
        rows: tableRows({
          code: FORMULA_CODE,
          name: HOSTILE_NAME,
          indicators: [
            ['产出指标', '数量指标', '培训人数', '≤200人'],
            ['产出指标', '成本指标', '培训总成本', '≤30万元'],
            ['效益指标', '社会效益指标', '就业率', '≥80%'],
            ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
          ],
        }),
      },
      { name: AT_SHEET, rows: tableRows({ budget: 10, fiscal: 10, indicators: [['产出指标', '成本指标', '总成本', '≤20万元'], ['产出指标', '数量指标', '人数', '-5人']] }) },
    ]),
  );
  return file;
}
