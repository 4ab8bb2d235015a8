/** Money cells as forms write them. */
import { parseMoneyCell } from '../../../src/core/normalize/money';

describe('parseMoneyCell', () => {
  it('reads an amount followed by how it breaks down', () => {
    expect(parseMoneyCell('854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)')).toEqual({ amount: 854, unit: '万元', problem: null });
    expect(parseMoneyCell('120（其中中央资金100）')).toEqual({ amount: 120, unit: null, problem: null });
  });

  it('keeps a unit in brackets a unit, and text that is not an amount text', () => {
    expect(parseMoneyCell('100(万元)')).toEqual({ amount: 100, unit: '万元', problem: null });
    expect(parseMoneyCell('854万854万(高标准农田建设400万元)')).toEqual({ amount: null, unit: null, problem: 'text' });
    expect(parseMoneyCell('中央衔接推进乡村振兴补助资金(少数民族发展任务)50')).toEqual({ amount: null, unit: null, problem: 'text' });
  });
});
