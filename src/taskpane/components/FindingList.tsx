/**
 * The findings, grouped by sheet and project, as one grid that is a single Tab stop (Fluent's composite list pattern,
 * through Tabster): Up and Down move between findings, Home and End go to the first and last, Enter goes to the
 * cell, Right enters a finding's buttons (Left and Right move among them), Escape or Up and Down come back out.
 * A long list is windowed (use-row-window): only the findings in view are in the DOM. The list, which knows every
 * finding, drawn or not, moves the focus for Up, Down, Home and End; Tabster keeps the single Tab stop, the focus
 * groups of the rows and PageUp/PageDown.
 */
import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, type CSSProperties, type FocusEvent, type KeyboardEvent, type Ref } from 'react';
import { makeStyles, tokens, useArrowNavigationGroup, useFocusableGroup, useId } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { ReviewedFinding } from '../../core/review/waivers';
import type { UndoEntry } from '../../hosts/workbook-host';
import { groupFindings, listRows, type FindingOrder, type ListRow } from '../finding-view';
import { FindingItem, type TabsterAttributes } from './FindingItem';
import { useRowWindow, type RowWindow } from '../use-row-window';
import { VISUALLY_HIDDEN } from './visually-hidden';

const useStyles = makeStyles({
  grid: { display: 'block', margin: 0, padding: 0 },
  heading: { display: 'block' },
  sheet: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  project: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  hint: VISUALLY_HIDDEN,
});

/** What the pane can ask of the list: to put the focus back on a finding (after a dialog, say). */
export interface FindingListHandle {
  /** Where the finding is among the findings listed (-1 when it is not listed). */
  positionOf(id: string): number;
  /** Focuses the finding with this id, or, when it has left the list, the finding now at that position. */
  focusFinding(id: string, fallbackPosition?: number): void;
}

export interface FindingListProps {
  findings: ReviewedFinding[];
  order: FindingOrder;
  busy: boolean;
  applied: Record<string, UndoEntry>;
  onSelect(finding: ReviewedFinding): void;
  onApply(finding: ReviewedFinding): void;
  onUndo(entry: UndoEntry): void;
  onWaive(finding: ReviewedFinding): void;
  onUnwaive(finding: ReviewedFinding): void;
  ref?: Ref<FindingListHandle>;
  /** Lists of this many lines or more are windowed (WINDOW_FROM; tests set their own). */
  windowFrom?: number;
}

/** Lists shorter than this many lines (headings and findings) are drawn whole. */
export const WINDOW_FROM = 150;
/** Pixels of the list drawn beyond the view, above and below. */
const OVERSCAN_PX = 600;

/**
 * A first guess at a line's height before it is measured: headings are one or two lines; a finding is its header,
 * its message wrapped at about 24 characters a line in a narrow pane, and a line of buttons.
 */
function estimatedHeight(row: ListRow): number {
  if (row.kind === 'sheet') return 44;
  if (row.kind === 'project') return row.title.length > 30 ? 48 : 30;
  const text = row.finding.message['zh-CN'] ?? '';
  return 62 + 20 * Math.max(1, Math.ceil(text.length / 24));
}

const ROW_SELECTOR = '[data-finding-id]';

function rowOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof HTMLElement ? element.closest<HTMLElement>(ROW_SELECTOR) : null;
}

function firstButton(row: HTMLElement): HTMLElement | null {
  return row.querySelector<HTMLElement>('button:not([disabled])');
}

export function FindingList(props: FindingListProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const hintId = useId('findings-keys');
  const rows = useMemo(() => listRows(groupFindings(props.findings, t.department, props.order)), [props.findings, props.order, t.department]);
  const findingRows = useMemo(() => rows.flatMap((row, index) => (row.kind === 'finding' ? [{ id: row.key, index }] : [])), [rows]);
  const keys = useMemo(() => rows.map((row) => row.key), [rows]);
  const estimate = useCallback((index: number) => estimatedHeight(rows[index]), [rows]);
  const view = useRowWindow(keys, estimate, { windowFrom: props.windowFrom ?? WINDOW_FROM, overscan: OVERSCAN_PX });
  const gridRef = view.listRef;

  // Up, Down, Home and End are ours: a windowed list has findings Tabster cannot see.
  const navigation = useArrowNavigationGroup({
    axis: 'vertical',
    memorizeCurrent: true,
    ignoreDefaultKeydown: { ArrowUp: true, ArrowDown: true, Home: true, End: true },
  });
  // Each row is a focus group: Tab passes it by, its buttons are entered with the Right arrow; Enter is ours.
  const focusGroup = useFocusableGroup({ tabBehavior: 'limited-trap-focus', ignoreDefaultKeydown: { Enter: true } });
  const actionsNavigation = useArrowNavigationGroup({ axis: 'horizontal' });

  const rowElement = useCallback(
    (id: string): HTMLElement | null => {
      const grid = gridRef.current;
      if (!grid) return null;
      for (const row of grid.querySelectorAll<HTMLElement>(ROW_SELECTOR)) if (row.dataset.findingId === id) return row;
      return null;
    },
    [gridRef],
  );

  const { keep, windowed } = view;
  const focusRow = useCallback(
    (position: number): void => {
      const target = findingRows[Math.max(0, Math.min(position, findingRows.length - 1))];
      if (!target) return;
      const element = rowElement(target.id);
      if (element) element.focus();
      // Not drawn yet (a windowed list): draw it where it belongs, then focus it (which scrolls it into view).
      else keep(target.id, () => rowElement(target.id)?.focus());
    },
    [findingRows, rowElement, keep],
  );

  // The finding that had the focus, so that the focus can stay in the list when its row goes (waived and hidden).
  const lastFocused = useRef<{ id: string; position: number } | null>(null);
  const onFocus = (event: FocusEvent): void => {
    const row = rowOf(event.target);
    if (!row) return;
    const id = row.dataset.findingId!;
    lastFocused.current = { id, position: findingRows.findIndex((r) => r.id === id) };
    // The row with the focus (or that last had it: Tabster goes back to it on Tab) stays drawn when scrolled away.
    if (windowed) keep(id);
  };
  useLayoutEffect(() => {
    const last = lastFocused.current;
    if (!last || (document.activeElement && document.activeElement !== document.body)) return;
    if (!findingRows.some((r) => r.id === last.id)) focusRow(last.position);
  }, [findingRows, focusRow]);

  useImperativeHandle(
    props.ref,
    () => ({
      positionOf: (id: string) => findingRows.findIndex((r) => r.id === id),
      focusFinding(id: string, fallbackPosition?: number) {
        const position = findingRows.findIndex((r) => r.id === id);
        if (position >= 0) focusRow(position);
        else if (fallbackPosition !== undefined && fallbackPosition >= 0) focusRow(fallbackPosition);
      },
    }),
    [findingRows, focusRow],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = rowOf(event.target);
    if (!row) return;
    const position = findingRows.findIndex((r) => r.id === row.dataset.findingId);
    const onRow = event.target === row;
    switch (event.key) {
      case 'Home':
      case 'End':
        if (!onRow) return;
        event.preventDefault();
        focusRow(event.key === 'Home' ? 0 : findingRows.length - 1);
        return;
      case 'Enter':
      case ' ':
        if (!onRow) return;
        event.preventDefault();
        {
          const row = rows[findingRows[position].index];
          if (row.kind === 'finding') props.onSelect(row.finding);
        }
        return;
      case 'ArrowRight':
        if (!onRow) return;
        event.preventDefault();
        firstButton(row)?.focus();
        return;
      case 'ArrowLeft':
        // From the first button (the buttons' own arrow keys handle the others), back to the row.
        if (onRow || event.target !== firstButton(row)) return;
        event.preventDefault();
        row.focus();
        return;
      case 'Escape':
        if (onRow) return;
        event.preventDefault();
        row.focus();
        return;
      case 'ArrowUp':
      case 'ArrowDown':
        // From a finding or from one of its buttons, to the finding above or below.
        event.preventDefault();
        focusRow(position + (event.key === 'ArrowDown' ? 1 : -1));
        return;
    }
  };

  return (
    <>
      <span id={hintId} className={styles.hint}>
        {t.findingsKeys}
      </span>
      <div
        ref={gridRef}
        role="grid"
        aria-label={t.findingsList}
        aria-describedby={hintId}
        aria-rowcount={rows.length}
        aria-colcount={2}
        className={styles.grid}
        style={windowed ? { position: 'relative', height: `${view.totalHeight}px` } : undefined}
        {...navigation}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        data-testid="finding-list"
        data-count={findingRows.length}
        data-windowed={windowed ? 'true' : 'false'}
      >
        {view.indices.map((index) => (
          <ListLine
            key={rows[index].key}
            row={rows[index]}
            rowIndex={index + 1}
            style={view.rowStyle(index)}
            measure={view.measure}
            props={props}
            focusGroup={focusGroup}
            actionsNavigation={actionsNavigation}
            headingClass={styles}
          />
        ))}
      </div>
    </>
  );
}

function ListLine({
  row,
  rowIndex,
  style,
  measure,
  props,
  focusGroup,
  actionsNavigation,
  headingClass,
}: {
  row: ListRow;
  rowIndex: number;
  style: CSSProperties | undefined;
  measure: RowWindow['measure'];
  props: FindingListProps;
  focusGroup: TabsterAttributes;
  actionsNavigation: TabsterAttributes;
  headingClass: ReturnType<typeof useStyles>;
}) {
  const { t } = useStrings();
  if (row.kind === 'sheet' || row.kind === 'project') {
    return (
      <div role="row" aria-rowindex={rowIndex} className={headingClass.heading} style={style} ref={measure} data-row-key={row.key}>
        <div role="gridcell" aria-colspan={2}>
          {row.kind === 'sheet' ? (
            <h2 className={headingClass.sheet}>
              {t.sheet} {row.sheet}
            </h2>
          ) : (
            <h3 className={headingClass.project}>{row.title}</h3>
          )}
        </div>
      </div>
    );
  }
  return (
    <FindingItem
      finding={row.finding}
      id={row.key}
      rowIndex={rowIndex}
      style={style}
      rowRef={measure}
      busy={props.busy}
      applied={props.applied[row.key]}
      focusGroup={focusGroup}
      actionsNavigation={actionsNavigation}
      onSelect={props.onSelect}
      onApply={props.onApply}
      onUndo={props.onUndo}
      onWaive={props.onWaive}
      onUnwaive={props.onUnwaive}
    />
  );
}
