/** The pane's actions: 检查, 标记, 清除标记, 生成审核报告. */
import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components';
import { DocumentTableRegular, EraserRegular, HighlightRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
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
    </div>
  );
}
