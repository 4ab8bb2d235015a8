/** The pages' Content-Security-Policy (scripts/csp.js): hashes of exactly the inline scripts, nothing else allowed. */
import * as crypto from 'crypto';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withContentSecurityPolicy, policyFor } = require('../../scripts/csp.js') as {
  withContentSecurityPolicy(html: string): string;
  policyFor(html: string): string;
};

const PAGE = `<!doctype html><html><head><meta charset=utf-8><meta http-equiv=X-UA-Compatible content="IE=Edge"><title>t</title>
<script>window.a = 1;</script><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<script nomodule>window.b = 2;</script><script type="module" src="taskpane.js"></script></head><body></body></html>`;

const sha = (text: string): string => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of a page', () => {
  it('allows its own files, office.js hosts and its inline scripts by hash, and no inline script otherwise', () => {
    const policy = policyFor(PAGE);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe(`script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com ${sha('window.a = 1;')} ${sha('window.b = 2;')}`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'none'");
  });

  it('allows no Microsoft host on a page that does not load office.js from the CDN (the preview, a local office.js)', () => {
    const local = PAGE.replace('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'office-js/office.js');
    expect(policyFor(local)).not.toContain('microsoft.com');
  });

  it('goes right after X-UA-Compatible (Internet Explorer wants that first), and changes with any inline script', () => {
    const html = withContentSecurityPolicy(PAGE);
    expect(html).toMatch(/<meta http-equiv=X-UA-Compatible content="IE=Edge"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src/);
    expect(policyFor(PAGE.replace('window.a = 1;', 'window.a = 2;'))).not.toBe(policyFor(PAGE));
  });
});
