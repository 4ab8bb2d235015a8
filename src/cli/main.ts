/**
 * ptcheck: reads budget performance target tables (预算绩效目标表) from .xlsx files and checks them.
 * Exit codes: 0 read fine (and no errors found), 1 errors found, 2 an input could not be read.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { localeFrom, type Locale } from '../core/i18n/messages';
import { extractFile, extractTable } from './extract';

function parseLocale(value: string): Locale {
  if (!/^(zh|en)/i.test(value)) throw new InvalidArgumentError('use zh-CN or en-US');
  return localeFrom(value);
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
    .argument('<files...>', '.xlsx 文件（可多个） / .xlsx files (one or more)')
    .addOption(
      new Option('-f, --format <format>', '输出格式：json（机器读取）或 table（人工阅读） / output format').choices(['json', 'table']).default('json'),
    )
    .addOption(
      new Option('--lang <locale>', '消息语言：zh-CN 或 en-US（也可用环境变量 PTCHECK_LANG） / message language').argParser(parseLocale),
    )
    .addHelpText(
      'after',
      '\n退出码 / exit codes: 0 = 全部读取成功 / all files read; 2 = 有文件无法读取 / a file could not be read',
    )
    .action(async (files: string[], options: { format: 'json' | 'table'; lang?: Locale }) => {
      const locale = options.lang ?? defaultLocale();
      const results = [];
      for (const file of files) results.push(await extractFile(file, locale));
      const entries = results.map((r) => r.entry);
      process.stdout.write(options.format === 'json' ? JSON.stringify(entries, null, 2) + '\n' : extractTable(entries, locale));
      process.exitCode = results.every((r) => r.readable) ? 0 : 2;
    });

  return program;
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
