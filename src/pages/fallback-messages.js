/**
 * What the pages say where the bundles cannot run: written into taskpane.html, commands.html and notice.html at build
 * time (webpack.config.js), read there by ES5 scripts that Internet Explorer 11 runs too. Chinese first, English second.
 */
module.exports = {
  // Internet Explorer 11: volume-licensed Office 2016/2019 always; Microsoft 365 and retail Office without WebView2 on
  // older Windows.
  'old-webview': {
    zh: '此 Excel 用 Internet Explorer 显示加载项，无法运行审核面板。Microsoft 365 或零售版 Office 2016/2019：请安装 Microsoft Edge WebView2 运行时（可请 IT 部署）后重启 Excel。批量许可版 Office 2016/2019 总是使用 Internet Explorer：请改用 Microsoft 365 或 Office 2021 及以上版本，或用命令行工具 ptcheck 检查 .xlsx 文件（ptcheck check 文件.xlsx）。',
    en: 'This Excel shows add-ins in Internet Explorer, which cannot run the pane. Microsoft 365 or retail Office 2016/2019: install the Microsoft Edge WebView2 Runtime (IT can deploy it) and restart Excel. Volume-licensed Office 2016/2019 always uses Internet Explorer: use Microsoft 365 or Office 2021 or later, or check .xlsx files with the ptcheck command (ptcheck check file.xlsx).',
  },
  // The bundle failed to load or to parse (an engine older than the build targets, a blocked or broken download).
  'start-failed': {
    zh: '审核加载项未能启动。若 Excel 使用旧版 Edge（EdgeHTML）或更旧的浏览器组件显示加载项，请安装 Microsoft Edge WebView2 运行时后重启 Excel；若在内网使用，请确认加载项文件和 office.js 可以访问。也可以用命令行工具 ptcheck 检查 .xlsx 文件。',
    en: 'The review add-in did not start. If Excel shows add-ins in legacy Edge (EdgeHTML) or an older engine, install the Microsoft Edge WebView2 Runtime and restart Excel; on an intranet, check that the add-in files and office.js can be reached. You can also check .xlsx files with the ptcheck command.',
  },
  // A ribbon command in an Excel without ExcelApi 1.4.
  'needs-api': {
    zh: '此 Excel 版本过旧（需要 ExcelApi 1.4 以上）。请使用 Microsoft 365 或 Office 2021 及以上版本的 Excel，或用命令行工具 ptcheck 检查 .xlsx 文件。',
    en: 'This Excel is too old (ExcelApi 1.4 or later is needed). Use Excel in Microsoft 365 or Office 2021 or later, or check .xlsx files with the ptcheck command.',
  },
  // A ribbon command that failed for another reason: the pane shows the details.
  failed: {
    zh: '操作未能完成。请打开“审核面板”再试一次，面板会显示原因。',
    en: 'The command did not finish. Open the review pane and try again: the pane shows why.',
  },
  cleared: {
    zh: '已清除本加载项做的所有标记，工作簿恢复原样。',
    en: 'Every mark the add-in made has been removed; the workbook looks as before.',
  },
  // {tables} {errors} {warnings} {infos} {cells} are filled in by notice.html.
  marked: {
    zh: '已检查 {tables} 张绩效目标表：错误 {errors} 个、警告 {warnings} 个、提示 {infos} 个；已标记 {cells} 个单元格。打开“审核面板”可查看每一项。',
    en: 'Target tables checked: {tables}. Errors: {errors}, warnings: {warnings}, notes: {infos}. Cells marked: {cells}. Open the review pane to see each one.',
  },
  'marked-none': {
    zh: '已检查 {tables} 张绩效目标表，没有发现问题。',
    en: 'Target tables checked: {tables}. Nothing to report.',
  },
  'no-tables': {
    zh: '此工作簿中没有找到绩效目标表。打开“审核面板”可查看读取情况。',
    en: 'No performance target table was found in this workbook. Open the review pane to see what was read.',
  },
  // {unread}: blocks of indicator content the reader could not read (the figures above are then incomplete).
  incomplete: {
    zh: '有 {unread} 张表未能完整读取（其中的绩效指标内容未能读取），以上结果不完整。打开“审核面板”可查看位置。',
    en: 'Tables not read whole: {unread} (indicator content in them could not be read), so the result above is incomplete. Open the review pane to see where.',
  },
  // {sheets}: how many sheets could not be marked.
  unmarked: {
    zh: '有 {sheets} 个工作表不允许修改（可能受保护），其中的问题未标记，请在审核面板中查看。',
    en: 'Sheets that could not be changed (they may be protected): {sheets}. Their findings are not marked; see them in the review pane.',
  },
  close: { zh: '关闭', en: 'Close' },
  title: { zh: '绩效目标表审核', en: 'Target table review' },
};
