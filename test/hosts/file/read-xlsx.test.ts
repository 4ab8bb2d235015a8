/** The .xlsx reader: values, number formats and merged areas, from files Excel and other tools write. */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { readXlsx, XlsxError } from '../../../src/hosts/file/xlsx/read-xlsx';
import { UNCALCULATED_FORMULA } from '../../../src/core/grid';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal package written by hand, to reach what ExcelJS never writes (prefixes, inline strings, absolute targets). */
function handMade(parts: { workbook: string; rels: string; sheets: Record<string, string>; sharedStrings?: string; styles?: string }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(parts.workbook),
    'xl/_rels/workbook.xml.rels': strToU8(parts.rels),
  };
  for (const [path, xml] of Object.entries(parts.sheets)) files[path] = strToU8(xml);
  if (parts.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(parts.sharedStrings);
  if (parts.styles) files['xl/styles.xml'] = strToU8(parts.styles);
  return zipSync(files);
}

describe('readXlsx on files written by ExcelJS', () => {
  it('reads values, percent formats, merged areas, formulas, errors and rich text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目一');
    sheet.getCell('B2').value = '项目名称';
    sheet.getCell('C2').value = '长文本'.repeat(2000) + '结尾'; // long enough to span inflate chunks
    sheet.mergeCells('C2:F2');
    sheet.getCell('B3').value = 0.25;
    sheet.getCell('B3').numFmt = '0%';
    sheet.getCell('C3').value = { formula: 'B3*4', result: 1 };
    sheet.getCell('D3').value = { error: '#REF!' };
    sheet.getCell('E3').value = { richText: [{ text: '≥' }, { text: '95%', font: { bold: true } }] };
    sheet.getCell('F3').value = true;
    sheet.getCell('G3').value = '=1+1 is text';
    workbook.addWorksheet('空表');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const grid = readXlsx(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual(['项目一', '空表']);
    const first = grid.sheets[0];
    expect([first.top, first.left]).toEqual([1, 1]);
    expect(first.values[0][0]).toBe('项目名称');
    expect(first.values[0][1]).toBe('长文本'.repeat(2000) + '结尾');
    expect(first.values[1].slice(0, 6)).toEqual([0.25, 1, '#REF!', '≥95%', true, '=1+1 is text']);
    expect(first.numberFormats![1][0]).toBe('0%');
    expect(first.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 5 }]);
    expect(grid.sheets[1].values).toEqual([]);
  });
});

describe('readXlsx on hand-made packages', () => {
  const workbookXml = (target: string) => ({
    workbook: `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">
      <x:sheets><x:sheet name="数据" sheetId="3" r:id="rId7"/><x:sheet name="图表" sheetId="4" r:id="rId8"/></x:sheets></x:workbook>`,
    rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId7" Type="${REL}/worksheet" Target="${target}"/>
      <Relationship Id="rId8" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>
      <Relationship Id="rId9" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
      <Relationship Id="rId10" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  });

  const sheetXml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
    <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c></x:row>
    <x:row><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>0.5</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c>
      <x:c><x:f>SUM(A1:A2)</x:f></x:c><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>a&amp;b</x:v></x:c></x:row>
    </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>`;
  const sharedStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <si><r><t>财政</t></r><r><rPr><b/></rPr><t xml:space="preserve">资金 </t></r><rPh sb="0" eb="2"><t>ざいせい</t></rPh></si>
    <si><t>&lt;b&gt;不是标签&lt;/b&gt;</t></si></sst>`;
  const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
    <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;

  it('reads prefixed elements, inline and rich strings without phonetic runs, rows without r, formulas without results, and skips chart sheets', () => {
    const grid = readXlsx(
      handMade({ ...workbookXml('worksheets/sheet9.xml'), sheets: { 'xl/worksheets/sheet9.xml': sheetXml }, sharedStrings, styles }),
    );
    expect(grid.sheets).toHaveLength(1);
    const sheet = grid.sheets[0];
    expect(sheet.name).toBe('数据');
    expect(sheet.values).toEqual([
      ['财政资金 ', '内联', null, null, null, null],
      ['<b>不是标签</b>', 0.5, '#DIV/0!', false, UNCALCULATED_FORMULA, 'a&b'],
    ]);
    expect(sheet.numberFormats![1][1]).toBe('0.0%');
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
  });

  it('resolves absolute relationship targets', () => {
    const grid = readXlsx(
      handMade({ ...workbookXml('/xl/worksheets/sheet9.xml'), sheets: { 'xl/worksheets/sheet9.xml': sheetXml }, sharedStrings, styles }),
    );
    expect(grid.sheets[0].values[0][1]).toBe('内联');
  });
});

describe('readXlsx on what is not a workbook', () => {
  it('rejects bytes that are not a zip', () => {
    expect(() => readXlsx(strToU8('名称,金额\n甲,1\n'))).toThrow(XlsxError);
    try {
      readXlsx(strToU8('plain text'));
    } catch (error) {
      expect((error as XlsxError).code).toBe('not-zip');
    }
  });

  it('rejects a zip without a workbook', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(() => readXlsx(zip)).toThrow(expect.objectContaining({ code: 'not-xlsx' }));
  });

  it('rejects a truncated file as corrupt', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('a').getCell('A1').value = '内容';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(() => readXlsx(bytes.subarray(0, Math.floor(bytes.length / 2)))).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});
