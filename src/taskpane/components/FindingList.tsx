/** Findings grouped by sheet, then by project. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { ReviewedFinding } from '../../core/review/waivers';
import type { UndoEntry } from '../../hosts/workbook-host';
import { findingId, groupFindings, type FindingOrder } from '../finding-view';
import { FindingItem } from './FindingItem';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  sheet: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  project: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  group: { listStyleType: 'none' },
});

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
}

export function FindingList(props: FindingListProps) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <section aria-label={t.findingsList}>
      {groupFindings(props.findings, t.department, props.order).map((group) => (
        <section key={group.sheet} aria-label={`${t.sheet} ${group.sheet}`}>
          <h3 className={styles.sheet}>
            {t.sheet} {group.sheet}
          </h3>
          {group.projects.map((project) => (
            <div key={project.title}>
              <h4 className={styles.project}>{project.title}</h4>
              <ul className={styles.list}>
                {project.findings.map((finding) => {
                  const id = findingId(finding);
                  return (
                    <FindingItem
                      key={id}
                      finding={finding}
                      busy={props.busy}
                      applied={props.applied[id]}
                      onSelect={props.onSelect}
                      onApply={props.onApply}
                      onUndo={props.onUndo}
                      onWaive={props.onWaive}
                      onUnwaive={props.onUnwaive}
                    />
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
