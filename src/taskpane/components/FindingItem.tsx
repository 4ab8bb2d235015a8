/** One finding: where, how bad, what is wrong and what would be right; click to go to the cell. */
import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkCircleRegular, EyeOffRegular, WrenchRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { ReviewedFinding } from '../../core/review/waivers';
import type { Severity } from '../../core/check/types';
import type { UndoEntry } from '../../hosts/workbook-host';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  // Waived findings are set apart by a background and a badge, never by fading the text (it must stay readable).
  waived: { backgroundColor: tokens.colorNeutralBackground2 },
  go: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', marginBottom: tokens.spacingVerticalXXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', paddingLeft: tokens.spacingHorizontalXS },
  suggestion: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  code: { fontFamily: tokens.fontFamilyMonospace, backgroundColor: tokens.colorNeutralBackground3, padding: '0 4px', borderRadius: '3px' },
  reason: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  applied: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteGreenForeground1,
  },
});

export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingItemProps {
  finding: ReviewedFinding;
  busy: boolean;
  /** Set when this finding's suggestion was applied since the last check: what 撤销 needs. */
  applied?: UndoEntry;
  onSelect(finding: ReviewedFinding): void;
  onApply(finding: ReviewedFinding): void;
  onUndo(entry: UndoEntry): void;
  onWaive(finding: ReviewedFinding): void;
  onUnwaive(finding: ReviewedFinding): void;
}

export function FindingItem({ finding, busy, applied, onSelect, onApply, onUndo, onWaive, onUnwaive }: FindingItemProps) {
  const { t, locale } = useStrings();
  const styles = useStyles();
  return (
    <li
      className={mergeClasses(styles.item, finding.waiver && styles.waived)}
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-sheet={finding.sheet}
      data-project={finding.project ?? ''}
      data-cell={finding.cell}
      data-waived={finding.waiver ? 'true' : 'false'}
      data-applied={applied ? 'true' : undefined}
    >
      <button type="button" className={styles.go} onClick={() => onSelect(finding)} title={t.goTo(finding.sheet, finding.cell)}>
        <span className={styles.head}>
          <Badge appearance="tint" color={SEVERITY_COLOR[finding.severity]} size="small">
            {t.severityName[finding.severity]}
          </Badge>
          <span className={styles.cell}>{finding.cell}</span>
          {finding.waiver && (
            <Badge appearance="filled" color="important" size="small" data-testid="waived-badge">
              {t.waived}
            </Badge>
          )}
        </span>
        <span className={styles.message}>{finding.message[locale]}</span>
      </button>
      <div className={styles.actions}>
        {finding.suggestion && !finding.waiver && (
          <>
            <span className={styles.suggestion}>
              {t.suggestion}：<span className={styles.code}>{finding.suggestion.value}</span>
            </span>
            {applied ? (
              <>
                <span className={styles.applied} data-testid="applied">
                  <CheckmarkCircleRegular aria-hidden="true" />
                  {t.suggestionApplied}
                </span>
                <Button size="small" appearance="subtle" icon={<ArrowUndoRegular />} disabled={busy} onClick={() => onUndo(applied)} data-testid="undo-applied">
                  {t.undo}
                </Button>
              </>
            ) : (
              <Button size="small" appearance="subtle" icon={<WrenchRegular />} disabled={busy} onClick={() => onApply(finding)} data-testid="apply">
                {t.apply}
              </Button>
            )}
          </>
        )}
        {finding.waiver ? (
          <>
            <span className={styles.reason} data-testid="waiver-reason">
              {t.waived}：{finding.waiver.reason}
            </span>
            <Button size="small" appearance="subtle" icon={<ArrowUndoRegular />} disabled={busy} onClick={() => onUnwaive(finding)}>
              {t.unwaive}
            </Button>
          </>
        ) : (
          <Button size="small" appearance="subtle" icon={<EyeOffRegular />} disabled={busy} onClick={() => onWaive(finding)} data-testid="waive">
            {t.waive}
          </Button>
        )}
      </div>
    </li>
  );
}
