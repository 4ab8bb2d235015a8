/** Severity toggles, a rule picker and the waived switch. */
import { Dropdown, makeStyles, Option, Switch, ToggleButton, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { SEVERITIES, type Severity } from '../../core/check/types';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  rules: { minWidth: '160px', maxWidth: '100%' },
});

export interface FilterState {
  severities: Record<Severity, boolean>;
  rule: string | null;
  showWaived: boolean;
}

export interface FiltersProps {
  filters: FilterState;
  counts: Record<Severity, number>;
  rules: string[];
  onChange(filters: FilterState): void;
}


export function Filters({ filters, counts, rules, onChange }: FiltersProps) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <div className={styles.row} role="group" aria-label={t.filterSeverity}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={filters.severities[severity]}
            onClick={() => onChange({ ...filters, severities: { ...filters.severities, [severity]: !filters.severities[severity] } })}
            data-testid={`filter-${severity}`}
          >
            {`${t.severityName[severity]} ${counts[severity]}`}
          </ToggleButton>
        ))}
      </div>
      <Dropdown
        className={styles.rules}
        size="small"
        aria-label={t.filterRule}
        value={filters.rule ?? t.allRules}
        selectedOptions={[filters.rule ?? '']}
        onOptionSelect={(_e, data) => onChange({ ...filters, rule: data.optionValue ? data.optionValue : null })}
      >
        <Option value="">{t.allRules}</Option>
        {rules.map((rule) => (
          <Option key={rule} value={rule}>
            {rule}
          </Option>
        ))}
      </Dropdown>
      <Switch checked={filters.showWaived} label={t.showWaived} onChange={(_e, data) => onChange({ ...filters, showWaived: data.checked })} />
    </div>
  );
}
