/**
 * 生成标准表: choose a template (a built-in one, or a sheet of the workbook holding placeholders) and an arrangement,
 * see what will be written (the new sheets' names, how many projects and indicators, what generation cannot settle)
 * or what is wrong with the template sheet, then 生成. Nothing is written before that click.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { TEMPLATES, type TemplateId } from '../../core/generate/templates';
import { arrangementApplies, planGeneration, type Arrangement, type GenerationPlan, type GenerationSource } from '../../core/workflow/generation-plan';
import type { TemplateProblem, TemplateSheet } from '../../core/generate/user-template';
import type { planTemplateSheet } from '../../core/workflow/template-plan';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choice: { display: 'flex', flexDirection: 'column' },
  description: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  previewTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXL,
    paddingRight: tokens.spacingHorizontalS,
    maxHeight: '9em',
    overflowY: 'auto',
    overflowWrap: 'anywhere',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface GenerateDialogProps {
  open: boolean;
  /** Reads what generation starts from (the last check's model, or the workbook read afresh). */
  load(): Promise<GenerationSource>;
  onCancel(): void;
  onGenerate(plan: GenerationPlan): void;
  /** Whether a sheet of the workbook can be the template here (ExcelApi 1.9). */
  canUseTemplateSheets: boolean;
  readTemplate(sheet: string): Promise<TemplateSheet>;
}

type Loaded = { state: 'loading' } | { state: 'ready'; source: GenerationSource } | { state: 'failed'; message: string };
type LoadedTemplate = { state: 'loading' } | { state: 'ready'; template: TemplateSheet; plan: typeof planTemplateSheet } | { state: 'failed'; message: string };

/** A template choice: a built-in template's id, or a sheet of the workbook. */
type Choice = TemplateId | `sheet:${string}`;
const SHEET = 'sheet:';

function sheetOf(choice: Choice): string | null {
  return choice.startsWith(SHEET) ? choice.slice(SHEET.length) : null;
}

export function GenerateDialog({ open, load, onCancel, onGenerate, canUseTemplateSheets, readTemplate }: GenerateDialogProps) {
  const { t, locale } = useStrings();
  const styles = useStyles();
  const [template, setTemplate] = useState<Choice>('standard');
  const [loadedTemplate, setLoadedTemplate] = useState<LoadedTemplate>({ state: 'loading' });
  const templateSheet = sheetOf(template);
  const [arrangement, setArrangement] = useState<Arrangement>('per-project');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    if (!open) return;
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (source) => current && setLoaded({ state: 'ready', source }),
      (error: unknown) => current && setLoaded({ state: 'failed', message: t.failed(error instanceof Error ? error.message : String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [open, load, t]);

  // The template sheet is read when picked (and again when the dialog opens), never before.
  useEffect(() => {
    if (!open || templateSheet === null) return;
    let current = true;
    setLoadedTemplate({ state: 'loading' });
    Promise.all([readTemplate(templateSheet), import('../../core/workflow/template-plan')]).then(
      ([sheet, module]) => current && setLoadedTemplate({ state: 'ready', template: sheet, plan: module.planTemplateSheet }),
      (error: unknown) => current && setLoadedTemplate({ state: 'failed', message: t.failed(error instanceof Error ? error.message : String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [open, templateSheet, readTemplate, t]);

  const outcome = useMemo((): { plan: GenerationPlan | null; problems: TemplateProblem[] } => {
    if (loaded.state !== 'ready') return { plan: null, problems: [] };
    if (templateSheet === null) return { plan: planGeneration(loaded.source, template as TemplateId, arrangement, locale), problems: [] };
    if (loadedTemplate.state !== 'ready' || loadedTemplate.template.name !== templateSheet) return { plan: null, problems: [] };
    const result = loadedTemplate.plan(loaded.source, loadedTemplate.template, arrangement, locale);
    return result.ok ? { plan: result.plan, problems: [] } : { plan: null, problems: result.problems };
  }, [loaded, loadedTemplate, template, templateSheet, arrangement, locale]);
  const plan = outcome.plan;
  const stackable = templateSheet !== null || arrangementApplies(template as TemplateId);
  const sheets = loaded.state === 'ready' ? loaded.source.templateSheets : [];
  const newSheets = plan ? (plan.template?.rendered.length ?? 0) + plan.sheets.length : 0;

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onCancel()}>
      <DialogSurface data-testid="generate-dialog">
        <DialogBody>
          <DialogTitle>{t.generateTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t.templateLabel}>
              <RadioGroup value={template} onChange={(_e, data) => setTemplate(data.value as Choice)} data-testid="template">
                {TEMPLATES.map((id) => (
                  <Radio
                    key={id}
                    value={id}
                    data-testid={`template-${id}`}
                    label={
                      <span className={styles.choice}>
                        <span>{t.templates[id].name}</span>
                        <span className={styles.description}>{t.templates[id].description}</span>
                      </span>
                    }
                  />
                ))}
                {canUseTemplateSheets &&
                  sheets.map((name) => (
                    <Radio
                      key={`${SHEET}${name}`}
                      value={`${SHEET}${name}`}
                      data-testid={`template-sheet-${name}`}
                      label={
                        <span className={styles.choice}>
                          <span>{t.templateSheet(name)}</span>
                          <span className={styles.description}>{t.templateSheetDescription}</span>
                        </span>
                      }
                    />
                  ))}
              </RadioGroup>
            </Field>
            {!canUseTemplateSheets && sheets.length > 0 && (
              <MessageBar intent="info" data-testid="template-sheets-need-api">
                <MessageBarBody>{t.templateSheetsNeedApi(sheets)}</MessageBarBody>
              </MessageBar>
            )}
            {/* Only the standard layouts can be stacked: for the others the choice is left out, not greyed out. */}
            {stackable && (
              <Field label={t.arrangementLabel}>
                <RadioGroup value={arrangement} onChange={(_e, data) => setArrangement(data.value as Arrangement)} data-testid="arrangement">
                  <Radio value="per-project" label={t.perProject} data-testid="arrangement-per-project" />
                  <Radio value="stacked" label={t.stacked} data-testid="arrangement-stacked" />
                </RadioGroup>
              </Field>
            )}
            <section className={styles.preview}>
              <h3 className={styles.previewTitle}>{t.previewTitle}</h3>
              {loaded.state === 'loading' && <Spinner size="tiny" label={t.readingWorkbook} labelPosition="after" />}
              {loaded.state === 'failed' && (
                <MessageBar intent="error">
                  <MessageBarBody>{loaded.message}</MessageBarBody>
                </MessageBar>
              )}
              {templateSheet !== null && loadedTemplate.state === 'loading' && <Spinner size="tiny" label={t.readingTemplate} labelPosition="after" />}
              {templateSheet !== null && loadedTemplate.state === 'failed' && (
                <MessageBar intent="error">
                  <MessageBarBody>{loadedTemplate.message}</MessageBarBody>
                </MessageBar>
              )}
              {outcome.problems.length > 0 && <TemplateProblems problems={outcome.problems} listClass={styles.list} />}
              {plan && newSheets === 0 && <Text data-testid="nothing-to-generate">{t.nothingToGenerate}</Text>}
              {plan && newSheets > 0 && <PlanPreview plan={plan} listClass={styles.list} />}
            </section>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!plan || newSheets === 0} onClick={() => plan && onGenerate(plan)} data-testid="generate-confirm">
              {t.generateConfirm}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function PlanPreview({ plan, listClass }: { plan: GenerationPlan; listClass: string }) {
  const { t, locale } = useStrings();
  const names = [...(plan.template?.rendered.map((s) => s.name) ?? []), ...plan.sheets.map((s) => s.name)];
  return (
    <div data-testid="generation-preview" data-sheets={names.length} data-notes={plan.notes.length}>
      <Text block data-testid="generation-counts" aria-live="polite">
        {t.generationCounts(plan.projects, plan.indicators)}
      </Text>
      <Text block>{t.willAdd(names.length)}</Text>
      {/* Scrollable lists take the focus so that they can be scrolled from the keyboard. */}
      <ul className={listClass} tabIndex={0} aria-label={t.willAdd(names.length)} data-testid="generation-sheets">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {plan.notes.length === 0 ? (
        <Text block>{t.noNotes}</Text>
      ) : (
        <>
          <Text block>{t.notesTitle(plan.notes.length)}</Text>
          <ul className={listClass} tabIndex={0} aria-label={t.notesTitle(plan.notes.length)} data-testid="generation-notes">
            {plan.notes.map((note, i) => (
              <li key={i}>
                {note.sheet}
                {note.cell ? `!${note.cell}` : ''}
                {locale === 'en-US' ? ': ' : '：'}
                {note.message[locale]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Why the template sheet cannot be used: each problem with its cell on the template sheet. */
function TemplateProblems({ problems, listClass }: { problems: TemplateProblem[]; listClass: string }) {
  const { t, locale } = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="template-problems-bar">
      <MessageBarBody>
        <Text block>{t.templateProblems(problems.length)}</Text>
        <ul className={listClass} tabIndex={0} aria-label={t.templateProblems(problems.length)} data-testid="template-problems">
          {problems.map((problem, i) => (
            <li key={i} data-cell={problem.cell ?? ''}>
              {problem.cell ? `${problem.cell}${locale === 'en-US' ? ': ' : '：'}` : ''}
              {problem.message[locale]}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
