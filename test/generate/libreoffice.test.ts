/**
 * Generated workbooks open cleanly in a real spreadsheet application: LibreOffice converts each template's output to
 * PDF (`soffice --headless --convert-to pdf`). `.ci/run` installs LibreOffice; where it is absent the test is reported
 * as skipped, never as passed.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generate, TEMPLATES } from '../../src/core/generate/templates';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import { renderUserTemplate } from '../../src/core/generate/user-template';
import { loadTemplateFile, writeRenderedTemplate } from '../../src/hosts/file/user-template-xlsx';
import { readGrid, REPO, SAMPLE_PER_SHEET } from '../helpers/samples';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((f) => fs.existsSync(f));
// eslint-disable-next-line no-console
if (!SOFFICE) console.warn('SKIPPED: LibreOffice conversion — soffice is not installed (apt-get install -y libreoffice-calc)');
const withLibreOffice = SOFFICE ? it.each([...TEMPLATES]) : it.skip.each([...TEMPLATES]);
const itWithLibreOffice = SOFFICE ? it : it.skip;

function convertToPdf(dir: string, xlsx: string, profileName: string): Buffer {
  // A profile of its own, so that a LibreOffice the user has open does not take the job.
  const profile = `file://${path.join(dir, profileName)}`;
  const run = spawnSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status).toBe(0);
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  expect(fs.existsSync(pdf)).toBe(true);
  return fs.readFileSync(pdf);
}

describe('generated workbooks in LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-lo-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  withLibreOffice(
    'the %s template converts to PDF',
    async (template) => {
      const model = readWorkbook(readGrid(SAMPLE_PER_SHEET));
      const { sheets } = generate(model, template, { locale: 'zh-CN', findings: runChecks(model).findings });
      const xlsx = path.join(dir, `${template}.xlsx`);
      await writeSheetsToFile(sheets, xlsx);
      const bytes = convertToPdf(dir, xlsx, `profile-${template}`);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(5000);
    },
    150_000,
  );

  itWithLibreOffice(
    'the sample user template, filled in, converts to PDF with a page per project',
    async () => {
      const model = readWorkbook(readGrid(SAMPLE_PER_SHEET));
      const loaded = await loadTemplateFile(path.join(REPO, 'samples', 'user-template.xlsx'));
      if (!loaded.ok) throw new Error(loaded.error.message['en-US']);
      const rendered = renderUserTemplate(loaded.template.sheet, model);
      if (!rendered.ok) throw new Error(rendered.problems[0].message['en-US']);
      const xlsx = path.join(dir, 'user-template.xlsx');
      await writeRenderedTemplate(loaded.template, rendered.sheets, [], xlsx);
      const bytes = convertToPdf(dir, xlsx, 'profile-user-template');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      // One landscape page per project sheet (each table fits its page).
      const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(model.projects.length);
    },
    150_000,
  );
});
