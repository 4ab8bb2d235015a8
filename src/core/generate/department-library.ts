/**
 * A department's own indicator library, loaded in place of (or beside) the built-in one: from a sheet laid out as one
 * row per indicator (项目类型 | 一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标值 | 指标值确定依据), or from a JSON file
 * (docs/templates.md shows both). Whatever cannot be used is said with its cell or its place in the file, never dropped
 * silently; a problem with one row never loses the others.
 */
import { toA1, type SheetGrid } from '../grid';
import type { Messages } from '../i18n/messages';
import { LEVEL1_STANDARD, standardLevel1 } from '../check/taxonomy';
import { libraryHeader, libraryText as text, type LibraryField as Field } from '../read/library-sheet';
import type { LibraryIndicator, ProjectKind } from './indicator-library';

export interface LibraryProblem {
  /** The cell (a sheet) or the place in the file (JSON: "kinds[2].indicators[0]"). */
  where: string;
  message: Messages;
}

export interface LoadedLibrary {
  kinds: ProjectKind[];
  problems: LibraryProblem[];
}

/** The standard level-1 name a department wrote ("产出", "效果指标" …), or null when it is none of the four. */
function level1Of(name: string): LibraryIndicator['level1'] | null {
  const standard = standardLevel1(name);
  return standard ? ((LEVEL1_STANDARD[standard] as LibraryIndicator['level1'] | undefined) ?? null) : null;
}

/** A stable id for a department's kind: its name, prefixed so that it never takes a built-in kind's id. */
function kindId(name: string): string {
  return `department:${name}`;
}

const problem = (where: string, zh: string, en: string): LibraryProblem => ({ where, message: { 'zh-CN': zh, 'en-US': en } });

/** Builds one indicator, or says why the row cannot be one. */
function indicatorFrom(fields: Map<Field, string>, where: string, problems: LibraryProblem[]): LibraryIndicator | null {
  const written = fields.get('level1') ?? '';
  const level1 = level1Of(written);
  const level2 = fields.get('level2') ?? '';
  const level3 = fields.get('level3') ?? '';
  if (!level1) {
    problems.push(
      problem(
        where,
        `一级指标“${written}”不是产出、成本、效益、满意度指标之一，此行未载入`,
        `Level 1 "${written}" is none of output, cost, benefit, satisfaction: the row is left out`,
      ),
    );
    return null;
  }
  if (!level3) {
    problems.push(problem(where, '缺少三级指标（指标名称），此行未载入', 'The level-3 name is missing: the row is left out'));
    return null;
  }
  const value = fields.get('value') || '**';
  return {
    level1,
    level2: level2 || (level1 === '成本指标' ? '经济成本指标' : level1 === '满意度指标' ? '服务对象满意度指标' : ''),
    level3,
    description: fields.get('description') ?? '',
    value,
    ...(fields.get('basis') ? { basis: fields.get('basis') } : {}),
  };
}

/** Gathers indicators under their kinds, in the order the kinds first appear. */
function collect(rows: { kind: string; indicator: LibraryIndicator }[], source: string): ProjectKind[] {
  const kinds = new Map<string, ProjectKind>();
  for (const { kind, indicator } of rows) {
    let entry = kinds.get(kind);
    if (!entry) {
      entry = { id: kindId(kind), name: { 'zh-CN': kind, 'en-US': kind }, sources: [source], indicators: [] };
      kinds.set(kind, entry);
    }
    entry.indicators.push(indicator);
  }
  return [...kinds.values()];
}

/** A library laid out on a sheet: the first row naming at least 项目类型, 一级指标 and 三级指标 is the header. */
export function libraryFromSheet(sheet: SheetGrid): LoadedLibrary {
  const problems: LibraryProblem[] = [];
  const address = (r: number, c: number) => toA1(sheet.top + r, sheet.left + c);
  const header = libraryHeader(sheet);
  if (!header) {
    return {
      kinds: [],
      problems: [
        problem(
          sheet.name,
          `工作表“${sheet.name}”中找不到指标库的表头（至少需要“项目类型”“一级指标”“三级指标”三列）`,
          `No library header on sheet "${sheet.name}" (it needs at least the columns 项目类型, 一级指标 and 三级指标)`,
        ),
      ],
    };
  }
  const rows: { kind: string; indicator: LibraryIndicator }[] = [];
  let kind = '';
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const fields = new Map<Field, string>();
    for (const [field, c] of header.columns) fields.set(field, text(row[c]));
    if ([...fields.values()].every((v) => v === '')) continue;
    // A kind written once over a block of rows (often a merged cell) holds for the rows under it.
    kind = fields.get('kind') || kind;
    const where = address(r, header.columns.get('level1')!);
    if (!kind) {
      problems.push(problem(address(r, header.columns.get('kind')!), '未写项目类型，此行未载入', 'No project type: the row is left out'));
      continue;
    }
    const indicator = indicatorFrom(fields, where, problems);
    if (indicator) rows.push({ kind, indicator });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push(problem(sheet.name, `工作表“${sheet.name}”的指标库没有指标`, `The library on sheet "${sheet.name}" holds no indicator`));
  }
  return { kinds: collect(rows, `工作表“${sheet.name}”`), problems };
}

const JSON_KEYS: Readonly<Record<Field, readonly string[]>> = {
  kind: ['项目类型', 'kind'],
  level1: ['一级指标', 'level1'],
  level2: ['二级指标', 'level2'],
  level3: ['三级指标', 'level3'],
  description: ['指标解释', 'description'],
  value: ['指标值', 'value'],
  basis: ['指标值确定依据', 'basis'],
};

function own(object: unknown, key: string): unknown {
  return object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

function field(object: unknown, name: Field): string {
  for (const key of JSON_KEYS[name]) {
    const value = own(object, key);
    if (typeof value === 'string' || typeof value === 'number') return text(value);
  }
  return '';
}

/**
 * A library as JSON: `{ "kinds": [ { "name": "会议费", "sources": ["…"], "indicators": [ { "一级指标": "产出指标",
 * "二级指标": "数量指标", "三级指标": "会议次数", "指标值": "≥4次" } ] } ] }` (English keys kind/level1/… also read).
 */
export function libraryFromJson(source: string, fileName = 'JSON'): LoadedLibrary {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kinds: [], problems: [problem(fileName, `“${fileName}”不是有效的 JSON（${detail}）`, `"${fileName}" is not valid JSON (${detail})`)] };
  }
  const list = own(data, 'kinds') ?? own(data, '项目类型');
  if (!Array.isArray(list)) {
    return { kinds: [], problems: [problem(fileName, `“${fileName}”中没有 "kinds" 列表`, `"${fileName}" has no "kinds" list`)] };
  }
  const problems: LibraryProblem[] = [];
  const rows: { kind: string; indicator: LibraryIndicator }[] = [];
  const sources = new Map<string, string[]>();
  list.forEach((entry, k) => {
    const nameValue = own(entry, 'name') ?? own(entry, '名称');
    const kind = typeof nameValue === 'string' ? text(nameValue) : field(entry, 'kind');
    const indicators = own(entry, 'indicators') ?? own(entry, '指标');
    if (!kind) {
      problems.push(problem(`kinds[${k}]`, '项目类型缺少名称（"name"），未载入', 'A kind has no "name": left out'));
      return;
    }
    if (!Array.isArray(indicators)) {
      problems.push(problem(`kinds[${k}]`, `项目类型“${kind}”没有 "indicators" 列表，未载入`, `Kind "${kind}" has no "indicators" list: left out`));
      return;
    }
    const cited = own(entry, 'sources');
    if (Array.isArray(cited)) sources.set(kind, cited.filter((s): s is string => typeof s === 'string'));
    indicators.forEach((item, i) => {
      const fields = new Map<Field, string>((Object.keys(JSON_KEYS) as Field[]).map((f) => [f, field(item, f)]));
      const indicator = indicatorFrom(fields, `kinds[${k}].indicators[${i}]`, problems);
      if (indicator) rows.push({ kind, indicator });
    });
  });
  const kinds = collect(rows, fileName).map((kind) => {
    const cited = sources.get(kind.name['zh-CN']);
    return cited && cited.length ? { ...kind, sources: cited } : kind;
  });
  if (kinds.length === 0 && problems.length === 0) {
    problems.push(problem(fileName, `“${fileName}”中的指标库没有指标`, `The library in "${fileName}" holds no indicator`));
  }
  return { kinds, problems };
}
