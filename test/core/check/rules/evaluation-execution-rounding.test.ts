/** evaluation/execution-rate: the rate checked to the digits it is written with (values invented). */
import { ruleTester } from '../../../helpers/rule-tester';
import { selfEvaluationModel } from '../../../helpers/self-evaluation';

ruleTester('evaluation/execution-rate', {
  valid: [
    { name: 'two decimals rounded right (43210.5 ÷ 60000 = 72.0175%)', model: selfEvaluationModel({ fullYear: 60000, initial: 60000, executed: 43210.5, rate: '72.02%', budgetScore: 7.2 }) },
    { name: 'a whole percent within half a point', model: selfEvaluationModel({ fullYear: 60000, initial: 60000, executed: 43210.5, rate: '72%', budgetScore: 7.2 }) },
    { name: 'amounts rounded to the 万元 move the quotient (12.35 of 20 written as 61.73%)', model: selfEvaluationModel({ fullYear: 20, initial: 20, executed: 12.35, rate: '61.73%', budgetScore: 6.17 }) },
  ],
  invalid: [
    {
      name: 'two decimals off by one in the last digit where the amounts are exact',
      model: selfEvaluationModel({ fullYear: 60000, initial: 60000, executed: 43210.5, rate: '72.03%', budgetScore: 7.2 }),
      findings: [{ cell: 'G6', messageId: 'rate', says: ['执行率写的是 72.03%', '43210.5 ÷ 60000', '72.02%'] }],
    },
    {
      name: 'everything spent, the rate and score left at 0',
      model: selfEvaluationModel({ fullYear: 80, initial: 80, executed: 80, rate: 0, budgetScore: 0 }),
      findings: [{ cell: 'G6', messageId: 'rate', says: ['执行率写的是 0%', '80 ÷ 80', '100%'] }],
    },
  ],
});
