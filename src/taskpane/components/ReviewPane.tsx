/** The task pane: actions, progress, notices, summary, filters and the findings. */
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowUndoRegular, DismissRegular, FilterDismissRegular, OpenRegular } from '@fluentui/react-icons';
import type { WorkbookHost } from '../../hosts/workbook-host';
import { useStrings, type Strings } from '../i18n';
import { progressValue, useReview, type CheckProgress } from '../use-review';
import { openCounts } from '../../core/workflow/review';
import type { ReviewedFinding } from '../../core/review/waivers';
import { SEVERITIES } from '../../core/check/types';
import { Toolbar } from './Toolbar';
import { Filters } from './Filters';
import { FindingList, type FindingListHandle } from './FindingList';
import { WaiveDialog } from './WaiveDialog';

// 生成标准表 and 新建绩效目标表 load on first use, in chunks of their own: the task pane's first download stays within
// its budget for the slow links of government offices.
const GenerateDialog = lazy(() => import('./GenerateDialog').then((module) => ({ default: module.GenerateDialog })));
const NewTableDialog = lazy(() => import('./NewTableDialog').then((module) => ({ default: module.NewTableDialog })));
import { Announcer } from './Announcer';
import { afterDialogsClose } from '../after-dialog';
import { findingId, passesFilters, ruleChoices, showingAll, type FilterState } from '../finding-view';
import { rememberedFilters, rememberFilters } from '../remembered-filters';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { color: tokens.colorNeutralForeground2 },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hidden: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', color: tokens.colorNeutralForeground2 },
});

function progressText(progress: CheckProgress | null, t: Strings): string {
  if (!progress) return t.checking;
  switch (progress.phase) {
    case 'sheets':
      return t.scanningSheets(progress.total);
    case 'cells':
      return t.scanningCells(progress.done, progress.total);
    case 'tables':
      return t.readingTables(progress.done, progress.total);
    case 'rules':
      return t.checkingRules(progress.done, progress.total);
  }
}

export function ReviewPane({ host }: { host: WorkbookHost }) {
  const { t, locale } = useStrings();
  const styles = useStyles();
  const review = useReview(host, t, locale);
  const readTemplate = useCallback((sheet: string) => host.readTemplateSheet(sheet), [host]);
  const { state } = review;
  const [filters, setFiltersState] = useState<FilterState>(rememberedFilters);
  const setFilters = (next: FilterState): void => {
    setFiltersState(next);
    rememberFilters(next);
  };
  const [waiving, setWaiving] = useState<ReviewedFinding | null>(null);
  const list = useRef<FindingListHandle>(null);
  // The finding the waiver dialog was opened for, and its place, to put the focus back when the dialog closes.
  const returnFocus = useRef<{ id: string; position: number } | null>(null);
  const openWaive = (finding: ReviewedFinding): void => {
    const id = findingId(finding);
    returnFocus.current = { id, position: list.current?.positionOf(id) ?? -1 };
    setWaiving(finding);
  };
  const closeWaive = (): void => {
    setWaiving(null);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target) afterDialogsClose(() => list.current?.focusFinding(target.id, target.position));
  };

  // 生成标准表 and 新建: which dialog is open; the focus goes back to the button that opened it.
  const [dialog, setDialog] = useState<'generate' | 'new-table' | null>(null);
  // Once opened, a dialog stays mounted (closed), so that what the user typed or chose is still there when it opens again.
  const [newTableUsed, setNewTableUsed] = useState(false);
  const [generateUsed, setGenerateUsed] = useState(false);
  if (dialog === 'new-table' && !newTableUsed) setNewTableUsed(true);
  if (dialog === 'generate' && !generateUsed) setGenerateUsed(true);
  const generateButton = useRef<HTMLButtonElement>(null);
  const newTableButton = useRef<HTMLButtonElement>(null);
  const closeDialog = (): void => {
    const opener = dialog === 'generate' ? generateButton : newTableButton;
    setDialog(null);
    afterDialogsClose(() => opener.current?.focus());
  };

  const counts = useMemo(() => openCounts(state.findings), [state.findings]);
  const rules = useMemo(() => ruleChoices(state.findings, locale), [state.findings, locale]);
  // A rule chosen before a check that no longer finds anything would hide every finding without a way back.
  const activeFilters = filters.rule !== null && !rules.some((r) => r.id === filters.rule) ? { ...filters, rule: null } : filters;
  const shown = useMemo(() => state.findings.filter((f) => passesFilters(f, activeFilters)), [state.findings, activeFilters]);
  const hidden = state.findings.length - shown.length;
  // Open findings the filters leave out: 标记 then marks the shown ones only, and says so.
  const hiddenOpen = useMemo(() => {
    let open = 0;
    for (const f of state.findings) if (!f.waiver) open++;
    for (const f of shown) if (!f.waiver) open--;
    return open;
  }, [state.findings, shown]);
  const shownOpen = shown.length - shown.filter((f) => f.waiver).length;
  const waivedCount = state.findings.filter((f) => f.waiver).length;
  const model = state.model;
  const hasTables = model !== null && (model.projects.length > 0 || model.departments.length > 0);
  const unread = model?.unreadBlocks ?? [];
  const busy = state.busy !== null;
  const progress = state.progress;
  const severityLine = SEVERITIES.map((s) => `${t.severityName[s]} ${counts[s]}`).join(' · ');

  return (
    <main className={styles.pane} data-busy={state.busy ?? ''} data-checks={state.checks}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      <Toolbar
        busy={state.busy}
        checked={model !== null}
        canHighlight={host.capabilities.highlights}
        markShown={hiddenOpen > 0 ? shownOpen : null}
        onCheck={review.check}
        onMark={() => (hiddenOpen > 0 ? review.mark(shown, hiddenOpen) : review.mark())}
        onClear={review.clear}
        onReport={review.report}
        canWriteSheets={host.capabilities.sheetWriting}
        onGenerate={() => setDialog('generate')}
        onNewTable={() => setDialog('new-table')}
        generateRef={generateButton}
        newTableRef={newTableButton}
      />
      {state.busy === 'check' && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progressValue(progress)} aria-label={t.checking} data-testid="progress" />
          <Text size={200}>{progressText(progress, t)}</Text>
        </div>
      )}
      {state.notice && (
        <MessageBar intent={state.notice.kind} data-testid="notice">
          <MessageBarBody>{state.notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button aria-label={t.close} appearance="transparent" icon={<DismissRegular />} onClick={review.dismissNotice} />}
          >
            {state.notice.goTo && (
              <Button icon={<OpenRegular />} onClick={() => review.goTo(state.notice!.goTo!)} data-testid="go-to-sheet">
                {t.goToSheet(state.notice.goTo)}
              </Button>
            )}
            {state.notice.undo && (
              <Button icon={<ArrowUndoRegular />} onClick={() => review.undo(state.notice!.undo!)} data-testid="undo">
                {t.undo}
              </Button>
            )}
            {state.notice.recheck && (
              <Button icon={<ArrowClockwiseRegular />} onClick={review.check} disabled={busy} data-testid="notice-recheck">
                {t.recheck}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {state.stale && (
        <MessageBar intent="warning" data-testid="stale">
          <MessageBarBody>{t.stale}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwiseRegular />} onClick={review.check} disabled={busy}>
              {t.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!model && state.busy !== 'check' && <Text className={styles.intro}>{t.intro}</Text>}
      {model && !hasTables && (
        <MessageBar intent="info" data-testid="no-tables">
          <MessageBarBody>{t.noTables}</MessageBarBody>
        </MessageBar>
      )}
      {model && (hasTables || unread.length > 0) && (
        <>
          <div className={styles.summary} data-testid="summary" data-findings={state.findings.length} data-shown={shown.length}>
            <Text weight="semibold">{t.summary(model.projects.length, model.departments.length)}</Text>
            {state.findings.length > 0 && <Text>{severityLine}</Text>}
            {waivedCount > 0 && <Badge appearance="outline">{t.waivedCount(waivedCount)}</Badge>}
          </div>
          {unread.length > 0 && (
            // Above the findings, whatever the filters: the list below is incomplete.
            <MessageBar intent="warning" data-testid="incomplete" data-unread={unread.length}>
              <MessageBarBody>{t.incomplete(unread)}</MessageBarBody>
            </MessageBar>
          )}
          {state.findings.length === 0 ? (
            // "No problems" only when every table was read whole.
            unread.length > 0 ? null : <Text data-testid="no-findings">{t.noFindings}</Text>
          ) : (
            <>
              <Filters filters={activeFilters} counts={counts} rules={rules} onChange={setFilters} />
              {hidden > 0 && (
                <div className={styles.hidden} data-testid="hidden-by-filters" data-hidden={hidden}>
                  <Text size={200}>{t.hiddenByFilters(hidden)}</Text>
                  <Button size="small" appearance="secondary" icon={<FilterDismissRegular />} onClick={() => setFilters(showingAll(filters))} data-testid="show-all">
                    {t.showAll}
                  </Button>
                </div>
              )}
              {shown.length === 0 ? (
                <Text>{t.noneShown}</Text>
              ) : (
                <FindingList
                  ref={list}
                  findings={shown}
                  order={filters.order}
                  busy={busy}
                  applied={state.applied}
                  onSelect={review.select}
                  onApply={review.apply}
                  onUndo={review.undo}
                  onWaive={openWaive}
                  onUnwaive={review.unwaive}
                />
              )}
            </>
          )}
        </>
      )}
      <WaiveDialog
        finding={waiving}
        onCancel={closeWaive}
        onConfirm={(finding, reason) => {
          closeWaive();
          void review.waive(finding, reason);
        }}
      />
      {generateUsed && (
        <Suspense fallback={null}>
          <GenerateDialog
            open={dialog === 'generate'}
            load={review.generationSource}
            onCancel={closeDialog}
            onGenerate={(plan) => {
              closeDialog();
              void review.addSheets(plan.sheets, t.generated, plan.template);
            }}
            canUseTemplateSheets={host.capabilities.templateSheets}
            readTemplate={readTemplate}
          />
        </Suspense>
      )}
      {newTableUsed && (
        <Suspense fallback={null}>
          <NewTableDialog
            open={dialog === 'new-table'}
            loadLibraries={review.libraries}
            onCancel={closeDialog}
            onCreate={(table) => {
              closeDialog();
              void review.addSheets([table.sheet], (names) => t.newTableDone(names[0] ?? table.sheet.name, table.toFill));
            }}
          />
        </Suspense>
      )}
      <Announcer announcement={state.announcement} />
    </main>
  );
}
