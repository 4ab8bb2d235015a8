/**
 * The pages' Content-Security-Policy, written into each built page as a <meta> tag: scripts only from the add-in's
 * own folder, from Microsoft's office.js CDN where the page loads it, and the page's own inline scripts by their
 * SHA-256 hashes (computed from the built page, so that any change to an inline script changes its hash); nothing
 * else. Styles may be inline (Fluent UI writes its styles at run time, and office.js does too).
 */
const crypto = require('crypto');

/** The hosts office.js loads its own scripts from (it is not ours to change): only where the page uses the CDN. */
const OFFICE_SOURCES = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];

function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/.test(m[1]) && m[2].trim() !== '')
    .map((m) => m[2]);
}

function hashOf(script) {
  return `'sha256-${crypto.createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

function policyFor(html) {
  const usesCdn = /<script\b[^>]*\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\//i.test(html);
  const office = usesCdn ? OFFICE_SOURCES : [];
  const hashes = inlineScripts(html).map(hashOf);
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...office, ...hashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${["'self'", 'data:', ...office].join(' ')}`,
    "font-src 'self' data:",
    `connect-src ${["'self'", ...office].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy: after X-UA-Compatible (which Internet Explorer wants first), else after the charset. */
function withContentSecurityPolicy(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const anchor = /<meta[^>]*X-UA-Compatible[^>]*>/i.exec(html) ?? /<meta[^>]*charset[^>]*>/i.exec(html);
  if (!anchor) throw new Error('a page without a <meta charset> cannot get its Content-Security-Policy');
  const at = anchor.index + anchor[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

module.exports = { withContentSecurityPolicy, policyFor, inlineScripts, hashOf };
