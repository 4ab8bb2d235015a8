/**
 * One finding, as a row of the findings grid: where, how bad, what is wrong and what would be right, then its
 * actions. The row is one focus stop (Enter goes to the cell); its buttons are reached with the Right arrow.
 */
import { memo, type CSSProperties } from 'react';
import { Badge, Button, createFocusOutlineStyle, makeStyles, mergeClasses, tokens, type useFocusableGroup } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkCircleRegular, EyeOffRegular, WrenchRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { ReviewedFinding } from '../../core/review/waivers';
import type { Severity } from '../../core/check/types';
import type { UndoEntry } from '../../hosts/workbook-host';
import type { Strings } from '../strings';
import type { Locale } from '../../core/i18n/messages';

const useStyles = makeStyles({
  item: {
    display: 'block',
    // The focus outline is drawn by an ::after placed over the row.
    position: 'relative',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    ...createFocusOutlineStyle({ style: { outlineOffset: '-2px' } }),
  },
  // Waived findings are set apart by a background and a badge, never by fading the text (it must stay readable).
  waived: { backgroundColor: tokens.colorNeutralBackground2 },
  go: {
    display: 'block',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', marginBottom: tokens.spacingVerticalXXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { display: 'block', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, overflowWrap: 'anywhere' },
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

/** The data-tabster attribute Fluent's focus hooks return, spread onto an element. */
export type TabsterAttributes = ReturnType<typeof useFocusableGroup>;

export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** What a screen reader says for the row: severity, place, message, then the suggestion and the finding's state. */
export function findingLabel(finding: ReviewedFinding, applied: boolean, t: Strings, locale: Locale): string {
  const extras: string[] = [];
  if (finding.suggestion && !finding.waiver) extras.push(`${t.suggestion}：${finding.suggestion.value}`);
  if (applied) extras.push(t.suggestionApplied);
  if (finding.waiver) extras.push(`${t.waived}：${finding.waiver.reason}`);
  return t.findingLabel(t.severityName[finding.severity], `${finding.sheet}!${finding.cell}`, finding.message[locale], extras);
}

export interface FindingItemProps {
  finding: ReviewedFinding;
  /** The finding's id in the list (findingId). */
  id: string;
  /** Its line in the whole list, from 1 (aria-rowindex: the list may render only some of its lines). */
  rowIndex: number;
  /** Where the row goes in a windowed list. */
  style?: CSSProperties;
  /** Measures the row in a windowed list. */
  rowRef?: (element: HTMLElement | null) => (() => void) | void;
  busy: boolean;
  /** Set when this finding's suggestion was applied since the last check: what 撤销 needs. */
  applied?: UndoEntry;
  /** The focus-group attributes every row shares (from useFocusableGroup). */
  focusGroup: TabsterAttributes;
  /** The arrow-key attributes of the row's buttons (from useArrowNavigationGroup). */
  actionsNavigation: TabsterAttributes;
  onSelect(finding: ReviewedFinding): void;
  onApply(finding: ReviewedFinding): void;
  onUndo(entry: UndoEntry): void;
  onWaive(finding: ReviewedFinding): void;
  onUnwaive(finding: ReviewedFinding): void;
}

function FindingItemView(props: FindingItemProps) {
  const { finding, busy, applied } = props;
  const { t, locale } = useStrings();
  const styles = useStyles();
  const on = (action: string): string => t.actionOn(action, finding.cell);
  return (
    <div
      role="row"
      tabIndex={0}
      aria-rowindex={props.rowIndex}
      aria-label={findingLabel(finding, applied !== undefined, t, locale)}
      className={mergeClasses(styles.item, finding.waiver && styles.waived)}
      style={props.style}
      ref={props.rowRef}
      {...props.focusGroup}
      data-finding-id={props.id}
      data-row-key={props.id}
      data-testid="finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-sheet={finding.sheet}
      data-project={finding.project ?? ''}
      data-cell={finding.cell}
      data-waived={finding.waiver ? 'true' : 'false'}
      data-applied={applied ? 'true' : undefined}
    >
      <div role="gridcell" className={styles.go} onClick={() => props.onSelect(finding)} title={t.goTo(finding.sheet, finding.cell)} data-testid="go-to-cell">
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
      </div>
      <div role="gridcell" className={styles.actions} {...props.actionsNavigation}>
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
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowUndoRegular />}
                  disabled={busy}
                  onClick={() => props.onUndo(applied)}
                  aria-label={on(t.undo)}
                  data-testid="undo-applied"
                >
                  {t.undo}
                </Button>
              </>
            ) : (
              <Button
                size="small"
                appearance="subtle"
                icon={<WrenchRegular />}
                disabled={busy}
                onClick={() => props.onApply(finding)}
                aria-label={on(t.apply)}
                data-testid="apply"
              >
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
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUndoRegular />}
              disabled={busy}
              onClick={() => props.onUnwaive(finding)}
              aria-label={on(t.unwaive)}
              data-testid="unwaive"
            >
              {t.unwaive}
            </Button>
          </>
        ) : (
          <Button
            size="small"
            appearance="subtle"
            icon={<EyeOffRegular />}
            disabled={busy}
            onClick={() => props.onWaive(finding)}
            aria-label={on(t.waive)}
            data-testid="waive"
          >
            {t.waive}
          </Button>
        )}
      </div>
    </div>
  );
}

/** Rows re-render only when their own finding, state or the busy flag change (a long list has many). */
export const FindingItem = memo(FindingItemView);
