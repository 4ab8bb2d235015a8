/**
 * Adds a custom XML part to .xlsx bytes, as Excel stores one (customXml/itemN.xml with its properties part, related to
 * the workbook part). ExcelJS drops custom XML parts when it writes a workbook: the annotated copy puts the add-in's
 * waivers back with this, so that the copy opened in Excel still shows them 已忽略.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

function workbookPart(files: Record<string, Uint8Array>): string {
  const rels = files['_rels/.rels'] ? strFromU8(files['_rels/.rels']) : '';
  const target = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels)?.[0].match(/Target="([^"]+)"/)?.[1];
  return (target ?? 'xl/workbook.xml').replace(/^\//, '');
}

/** A GUID-shaped item id, from the part's own text so that the same input gives the same bytes. */
function itemId(xml: string, n: number): string {
  let h = 2166136261 ^ n;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < xml.length; i++) h = Math.imul(h ^ xml.charCodeAt(i), 16777619) >>> 0;
    hex.push(h.toString(16).padStart(8, '0').toUpperCase());
    h ^= round + 1;
  }
  const s = hex.join('');
  return `{${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}}`;
}

export function withCustomXmlPart(xlsx: Uint8Array, xml: string): Uint8Array {
  const files = unzipSync(xlsx);
  const workbook = workbookPart(files);
  const folder = workbook.includes('/') ? workbook.slice(0, workbook.lastIndexOf('/')) : '';
  const relsPath = `${folder ? `${folder}/` : ''}_rels/${workbook.slice(folder ? folder.length + 1 : 0)}.rels`;
  let n = 1;
  while (files[`customXml/item${n}.xml`]) n++;
  files[`customXml/item${n}.xml`] = strToU8(xml);
  files[`customXml/itemProps${n}.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemId(xml, n)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const rels = files[relsPath] ? strFromU8(files[relsPath]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let id = 1;
  while (rels.includes(`Id="rIdPtcheck${id}"`)) id++;
  const depth = folder ? folder.split('/').length : 0;
  const target = `${'../'.repeat(depth)}customXml/item${n}.xml`;
  files[relsPath] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdPtcheck${id}" Type="${CUSTOM_XML}" Target="${target}"/></Relationships>`));
  let types = strFromU8(files['[Content_Types].xml']);
  if (!/<Default\b[^>]*Extension="xml"/i.test(types)) types = types.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  types = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_CONTENT_TYPE}"/></Types>`);
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}
