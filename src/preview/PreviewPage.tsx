/**
 * The standalone preview: the real task pane, running the real Excel host on an in-memory workbook built from an
 * .xlsx file (the bundled sample by default, any file through the file input), beside a view of the active sheet.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App } from '../taskpane/App';
import { ExcelWorkbookHost } from '../hosts/excel/excel-host';
import { FakeExcel } from '../hosts/memory/fake-excel';
import { workbookFromGrid } from '../hosts/memory/workbook-data';
import { openWorkbookBytes } from '../hosts/file/open-workbook-bytes';
import { waiversToXml } from '../core/review/waiver-store';
import { DEFAULT_READ_LIMITS } from '../hosts/read-limits';
import { limitExceeded } from '../hosts/read-limit-error';
import type { Locale } from '../core/i18n/messages';
import { GridView } from './GridView';

export const SAMPLE_URL = 'samples/caofeidian-2024.xlsx';

interface Loaded {
  fake: FakeExcel;
  host: ExcelWorkbookHost;
  name: string;
  id: number;
}

let loads = 0;

function load(bytes: Uint8Array, name: string, locale: Locale): Loaded | string {
  const opened = openWorkbookBytes(bytes);
  if (!opened.ok) return opened.error.message[locale];
  const data = workbookFromGrid(opened.grid);
  // The waivers stored in the file go where Excel keeps them, so that the pane honours them as in Excel.
  if (opened.waivers.length) data.customXmlParts = [{ id: `{part-${data.nextId++}}`, xml: waiversToXml(opened.waivers) }];
  const fake = new FakeExcel(data, '1.18');
  return { fake, host: new ExcelWorkbookHost(fake.environment), name, id: ++loads };
}

export function PreviewPage({ locale, theme }: { locale: Locale; theme: 'light' | 'dark' }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  const accept = useCallback(
    (bytes: Uint8Array, name: string) => {
      const result = load(bytes, name, locale);
      if (typeof result === 'string') setError(`${name}：${result}`);
      else {
        setError(null);
        setLoaded(result);
      }
    },
    [locale],
  );

  useEffect(() => {
    fetch(SAMPLE_URL)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => accept(new Uint8Array(buffer), 'caofeidian-2024.xlsx'))
      .catch((e: unknown) => setError(`示例工作簿无法加载 / the sample could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
  }, [accept]);

  const pane = useMemo(() => (loaded ? <App key={loaded.id} host={loaded.host} locale={locale} theme={theme} /> : null), [loaded, locale, theme]);

  return (
    <div className={`preview ${theme}`}>
      <header className="preview-header">
        <strong>绩效目标表审核 · 预览 / Preview</strong>
        <label className="file-picker">
          打开 .xlsx 文件 / Open an .xlsx file
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="workbook-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              // Refused before its bytes are read: the tab must not load gigabytes to say the file is too large.
              if (file.size > DEFAULT_READ_LIMITS.maxFileBytes) {
                setError(`${file.name}：${limitExceeded.fileTooLarge(file.size, DEFAULT_READ_LIMITS.maxFileBytes).messages[locale]}`);
                event.target.value = '';
                return;
              }
              void file.arrayBuffer().then((buffer) => accept(new Uint8Array(buffer), file.name));
              event.target.value = '';
            }}
          />
        </label>
        <span data-testid="workbook-name">{loaded?.name ?? ''}</span>
        <span className="local-note">文件只在本机浏览器中读取，不会上传 / files are read in this browser only</span>
      </header>
      {error && (
        <div role="alert" className="load-error" data-testid="load-error">
          {error}
        </div>
      )}
      <div className="preview-body">
        <section className="sheet-area" aria-label="工作表 / Sheet">{loaded && <GridView key={loaded.id} fake={loaded.fake} />}</section>
        <aside className="pane-area" aria-label="审核面板 / Task pane">
          {pane}
        </aside>
      </div>
    </div>
  );
}
