import { isPercentFormat, numberCellText, parseValueText } from '../../../src/core/normalize/value';

describe('parseValueText', () => {
  const quantitative: [string, string, number, string | null][] = [
    ['≥1批', '≥', 1, '批'],
    ['≥99%', '≥', 99, '%'],
    ['≤1年', '≤', 1, '年'],
    ['≤20万', '≤', 20, '万'],
    ['≤15.8万元', '≤', 15.8, '万元'],
    ['>100件', '>', 100, '件'],
    ['＞90%', '>', 90, '%'],
    ['＜5%', '<', 5, '%'],
    ['＝100%', '=', 100, '%'],
    ['100%', '=', 100, '%'],
    ['32人', '=', 32, '人'],
    ['100百分比', '=', 100, '百分比'],
    ['≧95%', '≥', 95, '%'],
    ['≦3天', '≤', 3, '天'],
    ['>=80%', '≥', 80, '%'],
    ['≥ 95 %', '≥', 95, '%'],
    ['不低于60户/人.月', '≥', 60, '户/人.月'],
    ['不少于10次', '≥', 10, '次'],
    ['大于等于90%', '≥', 90, '%'],
    ['不高于5万元', '≤', 5, '万元'],
    ['不超过12个月', '≤', 12, '个月'],
    ['小于等于3天', '≤', 3, '天'],
    ['大于80%', '>', 80, '%'],
    ['超过50人', '>', 50, '人'],
    ['小于2%', '<', 2, '%'],
    ['低于1%', '<', 1, '%'],
    ['95%以上', '≥', 95, '%'],
    ['1年以内', '≤', 1, '年'],
    ['60万元以下', '≤', 60, '万元'],
    ['１００％', '=', 100, '%'],
    ['1,000元', '=', 1000, '元'],
    ['≥190元每人每月', '≥', 190, '元每人每月'],
    ['7万张', '=', 7, '万张'],
    ['一批', '=', 1, '批'],
    ['0.95', '=', 0.95, null],
    ['50000', '=', 50000, null],
  ];
  it.each(quantitative)('reads %s as a quantity', (raw, comparator, number, unit) => {
    const parsed = parseValueText(raw);
    expect(parsed.kind).toBe('quantitative');
    expect(parsed.comparator).toBe(comparator);
    expect(parsed.number).toBe(number);
    expect(parsed.unit).toBe(unit);
    expect(parsed.raw).toBe(raw);
  });

  it('tells a written comparator from an implicit one', () => {
    expect(parseValueText('32人').comparatorWritten).toBeNull();
    expect(parseValueText('≥32人').comparatorWritten).toBe('≥');
    expect(parseValueText('不低于60户/人.月').comparatorWritten).toBe('不低于');
  });

  it('keeps the raw text and gives a separate normalized form', () => {
    const fullWidth = parseValueText('＞90%');
    expect(fullWidth.raw).toBe('＞90%');
    expect(fullWidth.fullWidth).toBe(true);
    expect(fullWidth.normalized.text).toBe('>90%');
    const percent = parseValueText('100百分比');
    expect(percent.unit).toBe('百分比');
    expect(percent.normalized.unit).toBe('%');
    expect(percent.normalized.text).toBe('100%');
    expect(parseValueText('≥99%').fullWidth).toBe(false);
  });

  it('reads 万 as 万元 only where money is meant', () => {
    expect(parseValueText('≤20万', { money: true }).normalized).toEqual({ text: '≤20万元', number: 20, unit: '万元' });
    expect(parseValueText('≤20万').normalized.unit).toBeNull();
    expect(parseValueText('≤20万').normalized.number).toBe(200000);
  });

  it('scales a counting unit with 万 for comparison but keeps the written form', () => {
    const parsed = parseValueText('约5.5万人次');
    expect(parsed.approximate).toBe(true);
    expect(parsed.number).toBe(5.5);
    expect(parsed.unit).toBe('万人次');
    expect(parsed.normalized.number).toBe(55000);
    expect(parsed.normalized.unit).toBe('人次');
    expect(parsed.normalized.text).toBe('约5.5万人次');
  });

  it('reads two values in one cell', () => {
    const parsed = parseValueText('1600人、200人');
    expect(parsed.kind).toBe('quantitative');
    expect(parsed.numbers).toEqual([1600, 200]);
    expect(parsed.number).toBe(1600);
    expect(parsed.unit).toBe('人');
  });

  it('finds a number inside a sentence', () => {
    const parsed = parseValueText('在规定时间结案率为95%');
    expect(parsed.kind).toBe('quantitative');
    expect(parsed.inSentence).toBe(true);
    expect(parsed.number).toBe(95);
    expect(parsed.unit).toBe('%');
  });

  it.each(['按时办结', '保持稳定', '湛江市基层', '达成', '较好', '一般', '2024年12月底前完成'])('keeps %s as qualitative text', (raw) => {
    const parsed = parseValueText(raw);
    expect(parsed.kind).toBe('qualitative');
    expect(parsed.number).toBeNull();
  });

  it('notes a comparator word before words', () => {
    const parsed = parseValueText('不低于上年度水平');
    expect(parsed.kind).toBe('qualitative');
    expect(parsed.comparator).toBe('≥');
  });

  it.each(['无', '/', '-', '*', '不涉及', '——', ' 无 '])('recognises the placeholder %j', (raw) => {
    expect(parseValueText(raw).kind).toBe('placeholder');
  });

  it('recognises empty and error values', () => {
    expect(parseValueText('').kind).toBe('empty');
    expect(parseValueText('   ').kind).toBe('empty');
    expect(parseValueText('#REF!').kind).toBe('error');
    expect(parseValueText('#DIV/0!').kind).toBe('error');
  });
});

describe('number cells', () => {
  it('shows a percent-formatted fraction as a percentage', () => {
    expect(numberCellText(0.95, '0%')).toBe('95%');
    expect(numberCellText(1, '0%')).toBe('100%');
    expect(numberCellText(0.255, '0.0%')).toBe('25.5%');
    expect(numberCellText(0.95, null)).toBe('0.95');
    expect(numberCellText(20, '0.00')).toBe('20');
  });

  it('recognises percent formats but not a quoted % sign', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0.00%;[Red]-0.00%')).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
  });
});

describe('values from real tables that are easy to misread', () => {
  it('reads a rate per 100,000 as one value with its unit', () => {
    const parsed = parseValueText('≤10/10万');
    expect(parsed).toMatchObject({ kind: 'quantitative', comparator: '≤', number: 10, unit: '/10万', numbers: [10], range: null });
  });

  it('reads a range as one value with two ends', () => {
    expect(parseValueText('3-5个')).toMatchObject({ kind: 'quantitative', number: 3, unit: '个', range: [3, 5], numbers: [3, 5] });
    expect(parseValueText('90%~95%')).toMatchObject({ number: 90, unit: '%', range: [90, 95] });
    expect(parseValueText('1至2年')).toMatchObject({ number: 1, unit: '年', range: [1, 2] });
    expect(parseValueText('5-3个').kind).toBe('qualitative');
  });

  it('drops a note in brackets after the unit', () => {
    expect(parseValueText('≥4.5分（5分制）')).toMatchObject({ kind: 'quantitative', comparator: '≥', number: 4.5, unit: '分' });
  });

  it('keeps a day of a month as text, not an amount', () => {
    expect(parseValueText('12月底前').kind).toBe('qualitative');
    expect(parseValueText('6月末').kind).toBe('qualitative');
    expect(parseValueText('≤1月')).toMatchObject({ kind: 'quantitative', number: 1, unit: '月' });
  });

  it('shows a date cell as a date', () => {
    expect(numberCellText(45626, 'yyyy"年"m"月"d"日"')).toBe('2024年11月30日');
    expect(numberCellText(45626, 'yyyy-mm-dd')).toBe('2024-11-30');
    expect(numberCellText(45626, '0.00')).toBe('45626');
  });
});
