/** The pane's actions: 检查, 标记, 清除标记, 生成审核报告, 生成标准表, 新建绩效目标表. */
import type { ReactElement, RefObject } from 'react';
import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { DocumentAddRegular, DocumentTableRegular, EraserRegular, HighlightRegular, TableSimpleRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n';
import type { Busy } from '../use-review';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ToolbarProps {
  busy: Busy;
  checked: boolean;
  canHighlight: boolean;
  /** How many open findings 标记 would mark when the filters hide some (null: none hidden, it marks them all). */
  markShown: number | null;
  onCheck(): void;
  onMark(): void;
  onClear(): void;
  onReport(): void;
  /** Generated sheets can be written (ExcelApi 1.2); otherwise 生成标准表 and 新建 say what is missing. */
  canWriteSheets: boolean;
  onGenerate(): void;
  onNewTable(): void;
  /** The buttons that open the dialogs, to put the focus back on when they close. */
  generateRef?: RefObject<HTMLButtonElement | null>;
  newTableRef?: RefObject<HTMLButtonElement | null>;
}

export function Toolbar(props: ToolbarProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const busy = props.busy !== null;
  const markButton = (
    <Button
      icon={<HighlightRegular />}
      disabled={busy || !props.checked || !props.canHighlight || props.markShown === 0}
      onClick={props.onMark}
      data-testid="mark"
      data-scope={props.markShown === null ? 'all' : 'shown'}
    >
      {props.markShown === null ? t.mark : t.markShown(props.markShown)}
    </Button>
  );
  return (
    <div className={styles.bar} role="toolbar" aria-label={t.appTitle}>
      <Button appearance="primary" icon={<TaskListSquareLtrRegular />} disabled={busy} onClick={props.onCheck} data-testid="check">
        {props.checked ? t.recheck : t.check}
      </Button>
      {props.canHighlight ? markButton : <Tooltip content={t.noHighlights} relationship="description">{markButton}</Tooltip>}
      <Button icon={<EraserRegular />} disabled={busy || !props.canHighlight} onClick={props.onClear} data-testid="clear-marks">
        {t.clearMarks}
      </Button>
      <Button icon={<DocumentTableRegular />} disabled={busy || !props.checked} onClick={props.onReport} data-testid="report">
        {t.report}
      </Button>
      {explained(
        props.canWriteSheets,
        t.noSheetWriting,
        // Disabled but focusable: the reason (an old Excel) can be reached from the keyboard, and the focus can come
        // back here from the dialog while the sheets are being written.
        <Button ref={props.generateRef} icon={<TableSimpleRegular />} disabledFocusable={busy || !props.canWriteSheets} onClick={props.onGenerate} data-testid="generate">
          {t.generate}
        </Button>,
      )}
      {explained(
        props.canWriteSheets,
        t.noSheetWriting,
        <Button ref={props.newTableRef} icon={<DocumentAddRegular />} disabledFocusable={busy || !props.canWriteSheets} onClick={props.onNewTable} data-testid="new-table">
          {t.newTable}
        </Button>,
      )}
    </div>
  );
}

/** A button as it is, or with the reason it cannot be used as its description. */
function explained(available: boolean, reason: string, button: ReactElement): ReactElement {
  return available ? button : <Tooltip content={reason} relationship="description">{button}</Tooltip>;
}
