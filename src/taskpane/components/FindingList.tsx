/** Findings grouped by sheet, then by project. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { ReviewedFinding } from '../../core/review/waivers';
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

interface Group {
  sheet: string;
  projects: { title: string; findings: ReviewedFinding[] }[];
}

export function groupFindings(findings: ReviewedFinding[], departmentTitle: string): Group[] {
  const groups: Group[] = [];
  for (const finding of findings) {
    let group = groups.find((g) => g.sheet === finding.sheet);
    if (!group) groups.push((group = { sheet: finding.sheet, projects: [] }));
    // A project without a code is known by its name: show it once.
    const name = finding.projectName ?? '';
    const title = !finding.project ? departmentTitle : name && name !== finding.project ? `${name} · ${finding.project}` : finding.project;
    let project = group.projects.find((p) => p.title === title);
    if (!project) group.projects.push((project = { title, findings: [] }));
    project.findings.push(finding);
  }
  return groups;
}

export interface FindingListProps {
  findings: ReviewedFinding[];
  busy: boolean;
  onSelect(finding: ReviewedFinding): void;
  onApply(finding: ReviewedFinding): void;
  onWaive(finding: ReviewedFinding): void;
  onUnwaive(finding: ReviewedFinding): void;
}

export function FindingList(props: FindingListProps) {
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <section aria-label={t.findingsList}>
      {groupFindings(props.findings, t.department).map((group) => (
        <section key={group.sheet} aria-label={`${t.sheet} ${group.sheet}`}>
          <h3 className={styles.sheet}>
            {t.sheet} {group.sheet}
          </h3>
          {group.projects.map((project) => (
            <div key={project.title}>
              <h4 className={styles.project}>{project.title}</h4>
              <ul className={styles.list}>
                {project.findings.map((finding) => (
                  <FindingItem
                    key={`${finding.key}|${finding.cell}|${finding.messageId}`}
                    finding={finding}
                    busy={props.busy}
                    onSelect={props.onSelect}
                    onApply={props.onApply}
                    onWaive={props.onWaive}
                    onUnwaive={props.onUnwaive}
                  />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
