/**
 * The oldest engines the manifest lets the add-in load in, and the ECMAScript version they all parse. One list for the
 * build (Babel and core-js) and for the test that parses every built bundle.
 *
 * - Edge 18 (EdgeHTML): Office 2016/2019 retail and Microsoft 365 builds without the WebView2 runtime (Windows).
 * - Safari 14: Excel on older Macs (WKWebView follows the macOS Safari).
 * - Chromium and Firefox: Excel on the web, WebView2.
 * Internet Explorer 11 (volume-licensed Office 2016/2019) cannot run React 19 and Fluent UI 9: the pages show it a
 * plain message instead (an ES5 `nomodule` script).
 */
module.exports = {
  browsers: ['edge >= 18', 'safari >= 14', 'ios_saf >= 14', 'chrome >= 80', 'firefox >= 78'],
  // Edge 18 has ES2017 syntax (async functions) but not object spread, optional catch binding or the 2018 regex syntax.
  ecmaVersion: 2017,
};
