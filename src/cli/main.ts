/**
 * ptcheck: reads budget performance target tables (预算绩效目标表) from .xlsx files and checks them.
 * Exit codes: 0 read fine (and no errors found), 1 errors found, 2 an input could not be read.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { localeFrom, type Locale } from '../core/i18n/messages';
import { ExtractTableSink } from './extract';
import { CheckTableSink } from './check';
import { loadConfig } from './load-config';
import { expandInputs } from './input-files';
import { runBatch } from './batch';
import type { ReportSink } from './report-sink';
import { JsonArraySink } from './json-array-sink';
import { CsvSink } from './csv-report';
import { HtmlSink } from './html-report';
import { annotateTargetProblem } from './annotate/annotate-target';
import { annotateStep } from './annotate/annotate-step';
import { isTemplateId, TEMPLATES, type TemplateId } from '../core/generate/templates';
import { SEVERITIES, type Severity } from '../core/check/types';

function parseLocale(value: string): Locale {
  if (!/^(zh|en)/i.test(value)) throw new InvalidArgumentError('use zh-CN or en-US');
  return localeFrom(value);
}

/** A built-in template's id, or the path of the user's own template (an .xlsx file). */
function parseTemplate(value: string): string {
  if (isTemplateId(value) || /\.xlsx$/i.test(value)) return value;
  throw new InvalidArgumentError(`${TEMPLATES.join('、')} 之一，或 .xlsx 模板文件 / one of ${TEMPLATES.join(', ')}, or an .xlsx template file`);
}

function defaultLocale(): Locale {
  return localeFrom(process.env.PTCHECK_LANG);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('ptcheck')
    .description('预算绩效目标表审核工具：读取并检查 .xlsx 中的绩效目标表\nReads and checks budget performance target tables in .xlsx files')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('extract')
    .description('读取每个文件中的全部绩效目标表，输出结构化数据\nRead every target table in each file and print it as data')
    .argument('<files...>', FILES_ARGUMENT)
    .addOption(
      new Option('-f, --format <format>', '输出格式：json（机器读取）或 table（人工阅读） / output format').choices(['json', 'table']).default('json'),
    )
    .addOption(
      new Option('--lang <locale>', '消息语言：zh-CN 或 en-US（也可用环境变量 PTCHECK_LANG） / message language').argParser(parseLocale),
    )
    .option('--explain', '说明每张表各栏的读取方式及依据（表头、单元格内容） / say how each column of each table was read, and why', false)
    .addHelpText(
      'after',
      '\n退出码 / exit codes: 0 = 全部读取成功 / all files read; 2 = 有文件无法读取 / a file could not be read',
    )
    .action(async (files: string[], options: { format: 'json' | 'table'; lang?: Locale; explain: boolean }) => {
      const locale = options.lang ?? defaultLocale();
      const inputs = await expandInputs(files);
      const sink = options.format === 'json' ? new JsonArraySink() : new ExtractTableSink(locale);
      const result = await runBatch(inputs, { command: 'extract', locale, format: options.format, sink, explain: options.explain });
      process.exitCode = result.unreadable ? 2 : 0;
    });

  program
    .command('check')
    .description('检查每个文件中的绩效目标表，列出全部问题（错误、警告、提示）\nCheck every target table in each file and list every finding')
    .argument('<files...>', FILES_ARGUMENT)
    .addOption(
      new Option(
        '-f, --format <format>',
        '输出格式：table（人工阅读）、json（机器读取）、csv（每个问题一行，Excel 可直接打开）或 html（独立的网页报告） / output format',
      )
        .choices(['table', 'json', 'csv', 'html'])
        .default('table'),
    )
    .option('-c, --config <file>', '规则配置文件（JSON，见 docs/rules.md） / rule configuration file (JSON, see docs/rules.md)')
    .addOption(new Option('--preset <framework>', '指标框架预设：2015（成本在产出下）或 2021（成本为一级指标） / framework preset').choices(['2015', '2021']))
    .addOption(new Option('--budget-year <year>', '预算年度（表中无法判断时使用） / budget year when the tables do not say').argParser(parseYear))
    .option('--ignore-waivers', '不理会工作簿中保存的“忽略”（已忽略的问题照常列出和计数） / check as if the workbook stored no waivers', false)
    .option('--annotate <out>', '另存一份标注副本：问题单元格按级别着色并加批注，另加“审核报告”工作表；原文件不变（仅限单个文件） / write an annotated copy (one input file only)')
    .option('--force', '覆盖已存在的标注副本 / replace the annotated copy if it exists', false)
    .addOption(
      new Option('-s, --severity <level>', '只显示该级别及以上的问题（也用于标注副本） / show this level and above (also in the annotated copy)')
        .choices([...SEVERITIES])
        .default('info'),
    )
    .addOption(
      new Option('--lang <locale>', '消息语言：zh-CN 或 en-US（也可用环境变量 PTCHECK_LANG） / message language').argParser(parseLocale),
    )
    .addHelpText(
      'after',
      '\n工作簿中保存的“忽略”（加载项里审核人员忽略的问题）照常生效：列为“已忽略”，不计入错误 / waivers stored in the workbook apply: listed as waived, not counted' +
        '\n退出码 / exit codes: 0 = 没有错误 / no errors; 1 = 发现错误 / errors found; 2 = 有文件或配置无法读取，或标注副本无法写出 / a file or the configuration could not be read, or the annotated copy not written',
    )
    .action(async (files: string[], options: CheckOptions) => {
      process.exitCode = await runCheck(files, options);
    });

  program
    .command('generate')
    .description('把文件中的项目绩效目标表生成为标准格式的新工作簿\nWrite the project target tables of a file into a new, standardized workbook')
    .argument('<file>', '.xlsx 文件 / an .xlsx file')
    .addOption(
      new Option(
        '-t, --template <template>',
        '模板：standard（标准表）、mof2021（2021年指标框架）、summary（指标汇总表）、self-evaluation（绩效自评表），或自己的 .xlsx 模板（含 {{项目名称}} 等占位符，见 docs/templates.md） / a built-in template or your own .xlsx template with placeholders',
      )
        .argParser(parseTemplate)
        .makeOptionMandatory(),
    )
    .option('--template-sheet <name>', '自定义模板所在的工作表（默认：第一个含占位符的工作表） / the sheet of the .xlsx template to use')
    .requiredOption('-o, --out <file>', '输出的 .xlsx 文件 / the .xlsx file to write')
    .option('--force', '覆盖已存在的输出文件 / replace the output file if it exists', false)
    .option('--stacked', '全部表格放在一个工作表中（standard、mof2021、.xlsx 模板） / all tables on one sheet (standard, mof2021, an .xlsx template)', false)
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['json', 'table']).default('table'))
    .addOption(
      new Option('--lang <locale>', '消息语言：zh-CN 或 en-US（也可用环境变量 PTCHECK_LANG） / message language').argParser(parseLocale),
    )
    .addHelpText(
      'after',
      '\n自定义模板 / your own template: ptcheck generate 项目表.xlsx --template 我的模板.xlsx -o 输出.xlsx（占位符见 / placeholders: docs/templates.md）' +
        '\n退出码 / exit codes: 0 = 已生成 / written; 2 = 无法读取输入或模板，或无法写入输出 / the input or the template could not be read, or the output not written',
    )
    .action(
      async (
        file: string,
        options: { template: TemplateId | string; templateSheet?: string; out: string; force: boolean; stacked: boolean; format: 'json' | 'table'; lang?: Locale },
      ) => {
        const locale = options.lang ?? defaultLocale();
        if (options.templateSheet !== undefined && isTemplateId(options.template)) {
          process.stderr.write(`ptcheck: ${locale === 'zh-CN' ? '--template-sheet 只用于 .xlsx 模板' : '--template-sheet applies to an .xlsx template only'}\n`);
          process.exitCode = 2;
          return;
        }
        const template = isTemplateId(options.template) ? options.template : { file: options.template, sheet: options.templateSheet };
        // Loaded here: generation needs ExcelJS, which check and extract never load.
        const { generateFile, generateTable } = await import('./generate');
        const { entry, ok } = await generateFile(file, template, options.out, { force: options.force, locale, stacked: options.stacked });
        process.stdout.write(options.format === 'json' ? JSON.stringify(entry, null, 2) + '\n' : generateTable(entry, locale));
        process.exitCode = ok ? 0 : 2;
      },
    );

  return program;
}

const FILES_ARGUMENT = '.xlsx 文件或文件夹（可多个；文件夹中的 .xlsx 文件逐个读取，含子文件夹） / .xlsx files or folders (folders are searched for .xlsx files)';

interface CheckOptions {
  format: 'table' | 'json' | 'csv' | 'html';
  config?: string;
  preset?: '2015' | '2021';
  budgetYear?: number;
  severity: Severity;
  lang?: Locale;
  annotate?: string;
  force: boolean;
  ignoreWaivers: boolean;
}

function checkSink(options: CheckOptions, locale: Locale): ReportSink {
  switch (options.format) {
    case 'json':
      return new JsonArraySink(options.severity);
    case 'csv':
      return new CsvSink(options.severity, locale);
    case 'html':
      return new HtmlSink(options.severity, locale);
    default:
      return new CheckTableSink(options.severity, locale);
  }
}

/** `ptcheck check`: returns the exit code. */
async function runCheck(files: string[], options: CheckOptions): Promise<number> {
  const locale = options.lang ?? defaultLocale();
  const config = await loadConfig(options.config, { preset: options.preset, budgetYear: options.budgetYear }, locale);
  if (!config.ok) {
    process.stderr.write(config.message);
    return 2;
  }
  const inputs = await expandInputs(files);
  const out = options.annotate;
  if (out !== undefined) {
    const problem = await annotateTargetProblem(out, inputs, options.force, locale);
    if (problem) {
      process.stderr.write(`ptcheck: ${problem}\n`);
      return 2;
    }
  }
  const annotation = out === undefined ? null : annotateStep(out, options.severity, locale);
  const sink = checkSink(options, locale);
  const result = await runBatch(inputs, { command: 'check', locale, config: config.config, format: options.format, sink, after: annotation?.after, ignoreWaivers: options.ignoreWaivers });
  const said = annotation?.said();
  // The copy's outcome: on stdout after a table, on stderr when it failed (JSON, CSV and HTML stay pure data).
  if (said && !said.ok) process.stderr.write(`ptcheck: ${said.message}\n`);
  else if (said && options.format === 'table') process.stdout.write(`${said.message}\n`);
  if (result.unreadable || (said && !said.ok)) return 2;
  return result.errors ? 1 : 0;
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new InvalidArgumentError('use a year such as 2024');
  return year;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; a usage mistake is "could not read the input": 2, never 1 (errors found).
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    // Unexpected failures are reported in one line; the stack is for PTCHECK_DEBUG=1 only.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ptcheck: ${message}\n`);
    if (process.env.PTCHECK_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    process.exitCode = 2;
  }
}
