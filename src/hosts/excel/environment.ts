/**
 * How the Excel host reaches Excel: a batch runner (Excel.run in Office, the in-memory fake in tests and the preview)
 * and a requirement-set check (Office.context.requirements.isSetSupported in Office).
 */
import type { Capabilities } from '../workbook-host';

export interface ExcelEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A batch in an existing context (removing an event handler must use the context that added it). */
  runWith<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** True when ExcelApi `version` (e.g. "1.13") is available. */
  supports(version: string): boolean;
}

export interface Features extends Capabilities {
  /** getRanges / RangeAreas (ExcelApi 1.9): one conditional format for many cells. */
  rangeAreas: boolean;
  /** RangeAreas.select (ExcelApi 1.18): selecting several cells at once. */
  selectAreas: boolean;
  /** The collection-wide onChanged event (ExcelApi 1.9); per-sheet events need 1.7. */
  workbookChangeEvent: boolean;
  /** Freeze panes and range hyperlinks (ExcelApi 1.7). */
  freezePanes: boolean;
  /** Custom XML parts (ExcelApi 1.5): where waivers are kept for any add-in Id. */
  customXmlParts: boolean;
}

export function detectFeatures(supports: (version: string) => boolean): Features {
  return {
    highlights: supports('1.6'),
    annotations: supports('1.18') ? 'notes' : supports('1.10') ? 'comments' : null,
    mergedAreas: supports('1.13'),
    changeEvents: supports('1.7'),
    workbookSettings: supports('1.4'),
    sheetWriting: supports('1.2'),
    templateSheets: supports('1.9'),
    rangeAreas: supports('1.9'),
    selectAreas: supports('1.18'),
    workbookChangeEvent: supports('1.9'),
    freezePanes: supports('1.7'),
    customXmlParts: supports('1.5'),
  };
}

/**
 * The environment inside Office: Excel.run and the host's own requirement sets. From ExcelApi 1.11 a batch waits
 * while the user is typing in a cell (delayForCellEdit) instead of failing: 检查 or 应用建议 pressed mid-edit then runs
 * when the edit ends.
 */
export function officeEnvironment(): ExcelEnvironment {
  const supports = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);
  const waitForEdit = supports('1.11');
  return {
    run: (batch) => (waitForEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch)),
    runWith: (context, batch) => Excel.run(context, batch),
    supports,
  };
}
