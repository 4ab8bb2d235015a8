/**
 * The URLs the build writes into the manifest and the pages: the development server by default, the production URL
 * from ADDIN_URL, and office.js from Microsoft's CDN or from the add-in's own folder (OFFICE_JS_LOCAL=1).
 */
const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = new URL(DEV_URL).origin;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function productionUrl(value) {
  if (!value) return DEV_URL;
  if (!/^https:\/\/[^\s"'<>]+$/.test(value)) {
    throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over HTTPS only), not "${value}"`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}

function urlRewriter({ addinUrl, localOfficeJs }) {
  const url = productionUrl(addinUrl);
  const origin = new URL(url).origin;
  const officeJs = localOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN;
  // Full URLs first, then the bare origin (the manifest's AppDomain).
  return (content) =>
    content.toString().split(DEV_URL).join(url).split(DEV_ORIGIN).join(origin).split(OFFICE_JS_CDN).join(officeJs);
}

module.exports = { urlRewriter };
