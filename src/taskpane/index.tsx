/** The task pane inside Excel: wait for Office, check what this Excel can do, then render the pane. */
import '../pages/polyfills';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { officeLocale, officeTheme, showPlainMessage } from './boot';
import { hostName } from './office-helpers';
import { ExcelWorkbookHost } from '../hosts/excel/excel-host';
import { officeEnvironment } from '../hosts/excel/environment';

declare global {
  interface Window {
    __ptcheckMounted?: boolean;
  }
}

const root = document.getElementById('root')!;

function start(): void {
  if (typeof Office === 'undefined') {
    showPlainMessage(
      root,
      '无法加载 Office.js。请检查网络，或请管理员按部署说明在内网提供 office.js。',
      'Office.js could not be loaded. Check the network, or ask IT to serve office.js on the intranet (see the deployment guide).',
    );
    window.__ptcheckMounted = true;
    return;
  }
  void Office.onReady((info) => {
    window.__ptcheckMounted = true;
    if (info.host !== Office.HostType.Excel && hostName() !== 'EXCEL') {
      showPlainMessage(
        root,
        '此加载项只能在 Excel 中使用。没有 Excel 时，可运行 npm run preview 在浏览器中试用，或使用 ptcheck 命令检查 .xlsx 文件。',
        'This add-in runs in Excel. Without Excel, try the preview (npm run preview) or check .xlsx files with the ptcheck command.',
      );
      return;
    }
    const env = officeEnvironment();
    if (!env.supports('1.4')) {
      showPlainMessage(
        root,
        '此 Excel 版本过旧（需要 ExcelApi 1.4 以上）。请使用 Microsoft 365 或 Office 2021 及以上版本的 Excel，或使用 ptcheck 命令检查 .xlsx 文件。',
        'This Excel is too old (ExcelApi 1.4 or later is needed). Use Excel in Microsoft 365 or Office 2021 or later, or the ptcheck command.',
      );
      return;
    }
    const host = new ExcelWorkbookHost(env);
    createRoot(root).render(<App host={host} locale={officeLocale()} theme={officeTheme()} />);
  });
}

start();
