/** Every rule, in the order the rules table lists them. Add a rule: write its module, then list it here. */
import type { Rule } from './types';
import requiredFields from './rules/required-fields';
import requiredIndicators from './rules/required-indicators';
import readerUnrecognized from './rules/reader-unrecognized';
import readerUnreadBlock from './rules/reader-unread-block';
import cellErrorValue from './rules/cell-error-value';
import moneySum from './rules/money-sum';
import moneyFiscalExceedsBudget from './rules/money-fiscal-exceeds-budget';
import moneyBreakdownTotal from './rules/money-breakdown-total';
import costExceedsBudget from './rules/cost-exceeds-budget';
import costFarBelowBudget from './rules/cost-far-below-budget';
import planRange from './rules/plan-range';
import planMonotonic from './rules/plan-monotonic';
import planYearEnd from './rules/plan-year-end';
import planOnlyYearEnd from './rules/plan-only-year-end';
import yearMismatch from './rules/year-mismatch';
import codeDuplicate from './rules/code-duplicate';
import codeFormat from './rules/code-format';
import taxonomyLevel1Unknown from './rules/taxonomy-level1-unknown';
import taxonomyLevel2Mismatch from './rules/taxonomy-level2-mismatch';
import taxonomyNonstandardName from './rules/taxonomy-nonstandard-name';
import taxonomyCoverage from './rules/taxonomy-coverage';
import taxonomySatisfactionMissing from './rules/taxonomy-satisfaction-missing';
import taxonomyOutputCategories from './rules/taxonomy-output-categories';
import taxonomyFramework from './rules/taxonomy-framework';
import indicatorPlaceholder from './rules/indicator-placeholder';
import indicatorDuplicateName from './rules/indicator-duplicate-name';
import indicatorVague from './rules/indicator-vague';
import indicatorUnquantified from './rules/indicator-unquantified';
import indicatorSeveralValues from './rules/indicator-several-values';
import indicatorComparatorMissing from './rules/indicator-comparator-missing';
import indicatorUnitMissing from './rules/indicator-unit-missing';
import indicatorUnitImplied from './rules/indicator-unit-implied';
import indicatorDecimalRate from './rules/indicator-decimal-rate';
import indicatorUnitNonstandard from './rules/indicator-unit-nonstandard';
import indicatorUnitShorthand from './rules/indicator-unit-shorthand';
import indicatorFullWidth from './rules/indicator-full-width';
import indicatorPercentOver100 from './rules/indicator-percent-over-100';
import indicatorDirection from './rules/indicator-direction';
import indicatorSatisfactionLow from './rules/indicator-satisfaction-low';
import indicatorBasisMissing from './rules/indicator-basis-missing';
import indicatorUnmeasurable from './rules/indicator-unmeasurable';
import indicatorApproximate from './rules/indicator-approximate';
import indicatorInSentence from './rules/indicator-in-sentence';
import departmentFiguresSum from './rules/department-figures-sum';
import departmentBudgetBalance from './rules/department-budget-balance';
import departmentTasksTotal from './rules/department-tasks-total';

import goalContent from './rules/goal-content';
import requiredDetails from './rules/required-details';
import moneyProseSum from './rules/money-prose-sum';
import moneyUnitWritten from './rules/money-written-as-text';
import moneyNotAnAmount from './rules/money-not-an-amount';
import yearBeyond from './rules/year-beyond-budget-year';
import taxonomyMisfiled from './rules/taxonomy-misfiled';
import textTemplatePrompt from './rules/text-template-prompt';
import indicatorTemplateRows from './rules/indicator-template-rows';
import indicatorNameIsValue from './rules/indicator-name-is-value';
import indicatorUnitMismatch from './rules/indicator-unit-mismatch';
import indicatorUnitColumn from './rules/indicator-unit-column';
import indicatorValueType from './rules/indicator-value-type';
import indicatorPercentOnCount from './rules/indicator-percent-on-count';
import indicatorWeightsTotal from './rules/indicator-weights-total';
import evaluationMissing from './rules/evaluation-missing';
import evaluationScores from './rules/evaluation-scores';
import evaluationExecutionRate from './rules/evaluation-execution';
import evaluationBudget from './rules/evaluation-budget';
import evaluationBudgetAdjusted from './rules/evaluation-budget-adjusted';
import evaluationTargets from './rules/evaluation-targets';
import indicatorUnitLatin from './rules/indicator-unit-latin';
import indicatorQualitativeOutput from './rules/indicator-qualitative-output';
import evaluationLevel1Weights from './rules/evaluation-level1-weights';
import consistencyFigures from './rules/consistency-figures';
import indicatorWeightConcentrated from './rules/indicator-weight-concentrated';
import evaluationActualInWords from './rules/evaluation-actual-in-words';
import evaluationActualOver100 from './rules/evaluation-actual-over-100';
export const RULES: Rule[] = [
  requiredFields,
  requiredIndicators,
  requiredDetails,
  goalContent,
  readerUnrecognized,
  readerUnreadBlock,
  cellErrorValue,
  moneySum,
  moneyFiscalExceedsBudget,
  moneyBreakdownTotal,
  moneyUnitWritten,
  moneyNotAnAmount,
  moneyProseSum,
  consistencyFigures,
  costExceedsBudget,
  costFarBelowBudget,
  planRange,
  planMonotonic,
  planYearEnd,
  planOnlyYearEnd,
  yearMismatch,
  yearBeyond,
  codeDuplicate,
  codeFormat,
  taxonomyLevel1Unknown,
  taxonomyLevel2Mismatch,
  taxonomyMisfiled,
  taxonomyNonstandardName,
  taxonomyCoverage,
  taxonomySatisfactionMissing,
  taxonomyOutputCategories,
  taxonomyFramework,
  indicatorPlaceholder,
  indicatorNameIsValue,
  indicatorTemplateRows,
  textTemplatePrompt,
  indicatorDuplicateName,
  indicatorVague,
  indicatorUnquantified,
  indicatorQualitativeOutput,
  indicatorSeveralValues,
  indicatorComparatorMissing,
  indicatorUnitMissing,
  indicatorUnitImplied,
  indicatorDecimalRate,
  indicatorUnitNonstandard,
  indicatorUnitLatin,
  indicatorValueType,
  indicatorUnitColumn,
  indicatorUnitMismatch,
  indicatorUnitShorthand,
  indicatorFullWidth,
  indicatorPercentOver100,
  indicatorPercentOnCount,
  indicatorDirection,
  indicatorSatisfactionLow,
  indicatorBasisMissing,
  indicatorUnmeasurable,
  indicatorApproximate,
  indicatorInSentence,
  indicatorWeightsTotal,
  indicatorWeightConcentrated,
  departmentFiguresSum,
  departmentBudgetBalance,
  departmentTasksTotal,
  evaluationMissing,
  evaluationScores,
  evaluationExecutionRate,
  evaluationBudget,
  evaluationBudgetAdjusted,
  evaluationTargets,
  evaluationActualInWords,
  evaluationActualOver100,
  evaluationLevel1Weights,
];

