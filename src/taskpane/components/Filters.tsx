/** Severity toggles, a rule picker, the waived switch and the order of the list. */
import { Dropdown, makeStyles, Option, Radio, RadioGroup, Switch, ToggleButton, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import { SEVERITIES, type Severity } from '../../core/check/types';
import type { FilterState, FindingOrder, RuleChoice } from '../finding-view';

export type { FilterState };

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  rules: { minWidth: '160px', maxWidth: '100%', width: '100%' },
  // A severity that is shown must not look like one that is hidden: filled with a tick, against an outline.
  off: { color: tokens.colorNeutralForeground2, textDecorationLine: 'line-through' },
  order: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  orderLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FiltersProps {
  filters: FilterState;
  counts: Record<Severity, number>;
  rules: RuleChoice[];
  onChange(filters: FilterState): void;
}

export function Filters({ filters, counts, rules, onChange }: FiltersProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const selectedRule = filters.rule === null ? null : rules.find((r) => r.id === filters.rule);
  return (
    <div className={styles.row}>
      <div className={styles.row} role="group" aria-label={t.filterSeverity}>
        {SEVERITIES.map((severity) => {
          const on = filters.severities[severity];
          return (
            <ToggleButton
              key={severity}
              size="small"
              appearance={on ? 'primary' : 'outline'}
              icon={on ? <CheckmarkRegular /> : undefined}
              className={on ? undefined : styles.off}
              checked={on}
              onClick={() => onChange({ ...filters, severities: { ...filters.severities, [severity]: !on } })}
              data-testid={`filter-${severity}`}
            >
              {`${t.severityName[severity]} ${counts[severity]}`}
            </ToggleButton>
          );
        })}
      </div>
      <Dropdown
        className={styles.rules}
        size="small"
        aria-label={t.filterRule}
        value={selectedRule ? selectedRule.label : t.allRules}
        selectedOptions={[filters.rule ?? '']}
        onOptionSelect={(_e, data) => onChange({ ...filters, rule: data.optionValue ? data.optionValue : null })}
        data-testid="filter-rule"
      >
        <Option value="" text={t.allRules}>
          {t.allRules}
        </Option>
        {rules.map((rule) => (
          <Option key={rule.id} value={rule.id} text={rule.label} data-rule={rule.id}>
            {t.ruleOption(rule.label, rule.count)}
          </Option>
        ))}
      </Dropdown>
      <Switch checked={filters.showWaived} label={t.showWaived} onChange={(_e, data) => onChange({ ...filters, showWaived: data.checked })} />
      <RadioGroup
        className={styles.order}
        layout="horizontal"
        aria-label={t.order}
        value={filters.order}
        onChange={(_e, data) => onChange({ ...filters, order: data.value as FindingOrder })}
        data-testid="order"
      >
        <span className={styles.orderLabel} aria-hidden="true">
          {t.order}
        </span>
        <Radio value="severity" label={t.orderSeverity} data-testid="order-severity" />
        <Radio value="sheet" label={t.orderSheet} data-testid="order-sheet" />
      </RadioGroup>
    </div>
  );
}
