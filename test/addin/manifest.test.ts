/**
 * The manifest validates against the XML manifest schemas (from ../shared, skipped with a message when absent), and
 * the build's URL rewriting gives a production manifest that validates too.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../helpers/samples';
import { COMMANDS_NEED } from '../../src/commands/commands';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { schemaFolder, validate } = require('../../scripts/validate-manifest.js') as {
  schemaFolder(): string | null;
  validate(files: string[], folder: string): Promise<{ file: string; valid: boolean; errors: string[] }[]>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { urlRewriter } = require('../../scripts/addin-urls.js') as {
  urlRewriter(options: { addinUrl?: string; localOfficeJs?: boolean }): (content: string) => string;
};

const MANIFEST = path.join(REPO, 'manifest.xml');

function schemasOrSkip(): string | null {
  const folder = schemaFolder();
  // eslint-disable-next-line no-console
  if (!folder) console.warn('SKIPPED: manifest schema validation — the XSDs (../shared/schemas/office-addin-manifest) are not on this machine');
  return folder;
}

describe('manifest.xml', () => {
  it('validates against the XML manifest schemas', async () => {
    const folder = schemasOrSkip();
    if (!folder) return;
    const [result] = await validate([MANIFEST], folder);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('declares an Excel add-in with a ribbon tab, a pane button and two function buttons, in Chinese and English', () => {
    const xml = fs.readFileSync(MANIFEST, 'utf8');
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(xml).toMatch(/<bt:String id="Tab.Label" DefaultValue="绩效目标">\s*<bt:Override Locale="en-US"/);
    expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
    expect(xml).toContain('<FunctionName>checkAndMark</FunctionName>');
    expect(xml).toContain('<FunctionName>clearMarks</FunctionName>');
    for (const size of [16, 32, 80]) {
      expect(xml).toContain(`assets/icon-${size}.png`);
      expect(fs.existsSync(path.join(REPO, 'assets', `icon-${size}.png`))).toBe(true);
    }
  });

  it('requires the ExcelApi version the pane and the ribbon commands check for, no lower', () => {
    const xml = fs.readFileSync(MANIFEST, 'utf8');
    const declared = [...xml.matchAll(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/g)].map((m) => m[1]);
    expect(declared).toEqual([COMMANDS_NEED]);
    expect(xml).toContain(`<Sets DefaultMinVersion="${COMMANDS_NEED}">`);
    const pane = fs.readFileSync(path.join(REPO, 'src', 'taskpane', 'index.tsx'), 'utf8');
    expect(pane).toContain(`env.supports('${COMMANDS_NEED}')`);
  });

  it('gets the production URL at build time, and still validates', async () => {
    const rewrite = urlRewriter({ addinUrl: 'https://addins.czj.example.gov.cn/ptcheck' });
    const production = rewrite(fs.readFileSync(MANIFEST, 'utf8'));
    expect(production).not.toContain('https://localhost:3000');
    expect(production).toContain('<SourceLocation DefaultValue="https://addins.czj.example.gov.cn/ptcheck/taskpane.html"/>');
    expect(production).toContain('<AppDomain>https://addins.czj.example.gov.cn</AppDomain>');
    const page = rewrite(fs.readFileSync(path.join(REPO, 'src', 'taskpane', 'taskpane.html'), 'utf8'));
    expect(page).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const folder = schemasOrSkip();
    if (!folder) return;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
    fs.writeFileSync(file, production);
    const [result] = await validate([file], folder);
    expect(result.errors).toEqual([]);
  });

  it('points the pages at a local office.js for intranets, and refuses a URL that is not https', () => {
    const page = urlRewriter({ localOfficeJs: true })(fs.readFileSync(path.join(REPO, 'src', 'taskpane', 'taskpane.html'), 'utf8'));
    expect(page).toContain('<script src="office-js/office.js"></script>');
    expect(page).not.toContain('appsforoffice.microsoft.com');
    expect(() => urlRewriter({ addinUrl: 'http://intranet/ptcheck/' })).toThrow(/https/);
  });
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkSemantics } = require('../../scripts/validate-manifest.js') as { checkSemantics(xml: string, folder: string): string[] };

describe('what the schemas cannot check', () => {
  /** A folder holding the pages the manifest names (icons are found in assets/). */
  function pages(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-pages-'));
    for (const page of ['taskpane.html', 'commands.html', 'preview.html']) fs.writeFileSync(path.join(dir, page), '<!doctype html>');
    return dir;
  }
  const xml = fs.readFileSync(MANIFEST, 'utf8');

  it('finds nothing wrong with the manifest', () => {
    expect(checkSemantics(xml, pages())).toEqual([]);
  });

  it('names a resid no resource defines', () => {
    expect(checkSemantics(xml.replace('resid="Tab.Label"', 'resid="Tab.Lable"'), pages())).toContain('resid "Tab.Lable" is used but no resource defines it');
  });

  it('names a URL outside the add-in\'s origin, and a page that does not exist', () => {
    const moved = xml.replace('https://localhost:3000/commands.html', 'https://cdn.example.com/commands.html').replace('https://localhost:3000/preview.html"/>', 'https://localhost:3000/help.html"/>');
    const problems = checkSemantics(moved, pages());
    expect(problems).toContainEqual(expect.stringContaining('points at https://cdn.example.com'));
    expect(problems).toContainEqual(expect.stringMatching(/SupportUrl: https:\/\/localhost:3000\/help\.html names no file/));
  });

  it('names an icon declared at a size it does not have', () => {
    const wrong = xml.replace('<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"/>');
    expect(checkSemantics(wrong, pages())).toContain('bt:Image "Icon.32x32": icon-16.png is 16×16, declared at 32×32');
  });
});
