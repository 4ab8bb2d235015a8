/**
 * 新建绩效目标表: a kind of project from the indicator library and the project's facts; 新建 writes one new sheet
 * with the standard table. Wrong entries are said beside their field, and the first of them gets the focus.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../i18n';
import { PROJECT_KINDS, type ProjectKind } from '../../core/generate/indicator-library';
import { fileLibrary, type LibrarySource } from '../../core/workflow/library-sources';
import { readFileText } from '../read-file-text';
import { newTableSheet, type NewTableSheet } from '../../core/generate/new-table-sheet';
import { emptyNewTableForm, likelyBudgetYear, readNewTableForm, type NewTableErrors, type NewTableField, type NewTableForm } from '../new-table-form';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  // Two columns while they fit (about 140 px each), one below that.
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    // Grid items keep their content's width unless told otherwise; an input's is wider than half the narrow pane.
    '& > *': { minWidth: 0 },
  },
  input: { width: '100%', minWidth: 0 },
  group: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  library: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fileInput: { display: 'none' },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

export interface NewTableDialogProps {
  open: boolean;
  /** The libraries kept on sheets of the workbook, read when the dialog opens. */
  loadLibraries?(): Promise<LibrarySource[]>;
  onCancel(): void;
  onCreate(table: NewTableSheet): void;
}

const ORDER: NewTableField[] = ['name', 'code', 'budget', 'fiscal', 'other', 'year', 'plan0', 'plan1', 'plan2', 'plan3'];

export function NewTableDialog({ open, loadLibraries, onCancel, onCreate }: NewTableDialogProps) {
  const { t, locale } = useStrings();
  const styles = useStyles();
  const [form, setForm] = useState<NewTableForm>(() => emptyNewTableForm(likelyBudgetYear(new Date())));
  const [errors, setErrors] = useState<NewTableErrors>({});
  const inputs = useRef<Partial<Record<NewTableField, HTMLInputElement | null>>>({});
  const [workbookSources, setWorkbookSources] = useState<LibrarySource[]>([]);
  const [fileSources, setFileSources] = useState<LibrarySource[]>([]);
  const [libraryNotes, setLibraryNotes] = useState<{ intent: 'success' | 'warning'; text: string }[]>([]);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const sources = [...workbookSources, ...fileSources];
  const kinds: ProjectKind[] = [...PROJECT_KINDS, ...sources.flatMap((s) => s.kinds)];

  /** What loading a library came to: how many kinds, and the first of the entries that could not be used. */
  const said = (source: LibrarySource): { intent: 'success' | 'warning'; text: string }[] => [
    ...(source.kinds.length ? [{ intent: 'success' as const, text: t.libraryLoaded(source.label, source.kinds.length) }] : []),
    ...(source.problems.length
      ? [{ intent: 'warning' as const, text: `${source.label}${locale === 'en-US' ? ': ' : '：'}${t.libraryProblems(source.problems.length, `${source.problems[0].where} ${source.problems[0].message[locale]}`)}` }]
      : []),
  ];

  useEffect(() => {
    if (!open || !loadLibraries) return;
    let current = true;
    loadLibraries().then(
      (found) => {
        if (!current) return;
        setWorkbookSources(found);
        setLibraryNotes(found.flatMap(said));
      },
      // A workbook that cannot be read leaves the built-in library, which needs no reading.
      () => undefined,
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, loadLibraries]);

  const loadFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    let content: string;
    try {
      content = await readFileText(file);
    } catch (error) {
      // A file moved, locked or gone from a network share since it was picked.
      setLibraryNotes([{ intent: 'warning', text: `${t.fileLibrary(file.name)}${locale === 'en-US' ? ': ' : '：'}${t.failed(error instanceof Error ? error.message : String(error))}` }]);
      return;
    }
    const source = fileLibrary(content, file.name, t.fileLibrary(file.name), fileSources.length);
    setFileSources((list) => [...list, source]);
    setLibraryNotes(said(source));
    if (source.kinds.length) set('kind', source.kinds[0].id);
  };

  const set = <K extends keyof NewTableForm>(key: K, value: NewTableForm[K]): void => setForm((f) => ({ ...f, [key]: value }));
  const close = (): void => {
    setErrors({});
    onCancel();
  };
  const submit = (): void => {
    const read = readNewTableForm(form, t);
    if ('errors' in read) {
      setErrors(read.errors);
      const first = ORDER.find((field) => read.errors[field]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setErrors({});
    // Names are made free against the workbook by the host when it writes: none is taken here.
    const kind = kinds.find((k) => k.id === read.kind);
    if (!kind) {
      // The library it came from is gone (its sheet renamed or removed since the dialog was last open).
      set('kind', PROJECT_KINDS[0].id);
      setLibraryNotes([{ intent: 'warning', text: t.kindGone }]);
      return;
    }
    onCreate(newTableSheet(kind, read.facts, []));
    setForm(emptyNewTableForm(read.facts.year));
  };

  /** A text field with its label, its message when wrong, and a ref to focus it. */
  const text = (field: Exclude<NewTableField, `plan${number}`> & keyof NewTableForm, label: string, extra: { hint?: string; required?: boolean; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <Field label={label} hint={extra.hint} required={extra.required} validationState={errors[field] ? 'error' : 'none'} validationMessage={errors[field]}>
      <Input
        className={styles.input}
        value={form[field] as string}
        onChange={(_e, data) => set(field, data.value)}
        inputMode={extra.inputMode}
        ref={(el) => {
          inputs.current[field] = el;
        }}
        data-testid={`new-${field}`}
      />
    </Field>
  );

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface aria-describedby="new-table-hint" data-testid="new-table-dialog">
        <DialogBody>
          <DialogTitle>{t.newTableTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="new-table-hint" className={styles.hint}>
              {t.newTableHint}
            </Text>
            <Field label={t.kindLabel}>
              <Select value={form.kind} onChange={(_e, data) => set('kind', data.value)} data-testid="new-kind">
                <optgroup label={t.builtInLibrary}>
                  {PROJECT_KINDS.map((kind) => (
                    <option key={kind.id} value={kind.id}>
                      {t.kindName(kind.name['zh-CN'], kind.name['en-US'])}
                    </option>
                  ))}
                </optgroup>
                {sources
                  .filter((source) => source.kinds.length)
                  .map((source) => (
                    <optgroup key={source.label + source.kinds[0].id} label={source.label}>
                      {source.kinds.map((kind) => (
                        <option key={kind.id} value={kind.id}>
                          {kind.name['zh-CN']}
                        </option>
                      ))}
                    </optgroup>
                  ))}
              </Select>
            </Field>
            <div className={styles.library}>
              <Button size="small" onClick={() => fileInput.current?.click()} data-testid="load-library">
                {t.loadLibrary}
              </Button>
              <input
                ref={fileInput}
                className={styles.fileInput}
                type="file"
                accept=".json,application/json"
                aria-label={t.loadLibrary}
                data-testid="library-file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  void loadFile(file);
                }}
              />
            </div>
            <Text size={200} className={styles.hint}>
              {t.loadLibraryHint}
            </Text>
            {libraryNotes.map((note) => (
              <MessageBar key={note.text} intent={note.intent} data-testid="library-note">
                <MessageBarBody>{note.text}</MessageBarBody>
              </MessageBar>
            ))}
            {text('name', t.nameLabel, { required: true })}
            {text('code', t.codeLabel)}
            <Field label={t.agencyLabel}>
              <Input value={form.agency} onChange={(_e, data) => set('agency', data.value)} data-testid="new-agency" />
            </Field>
            <div className={styles.pair}>
              {text('budget', t.budgetLabel, { hint: t.budgetHint, inputMode: 'decimal' })}
              {text('year', t.yearLabel, { inputMode: 'numeric' })}
              {text('fiscal', t.fiscalLabel, { inputMode: 'decimal' })}
              {text('other', t.otherLabel, { inputMode: 'decimal' })}
            </div>
            <fieldset className={styles.group}>
              <legend className={styles.legend}>{t.planLabel}</legend>
              <div className={styles.pair}>
                {t.planHeadings.map((heading, i) => {
                  const field = `plan${i}` as NewTableField;
                  return (
                    <Field key={heading} label={heading} validationState={errors[field] ? 'error' : 'none'} validationMessage={errors[field]}>
                      <Input
                        className={styles.input}
                        value={form.plan[i]}
                        contentAfter="%"
                        inputMode="decimal"
                        onChange={(_e, data) => set('plan', form.plan.map((p, j) => (j === i ? data.value : p)) as NewTableForm['plan'])}
                        ref={(el) => {
          inputs.current[field] = el;
        }}
                        data-testid={`new-plan-${i}`}
                      />
                    </Field>
                  );
                })}
              </div>
            </fieldset>
            <Field label={t.goalLabel}>
              <Textarea value={form.goal} onChange={(_e, data) => set('goal', data.value)} resize="vertical" data-testid="new-goal" />
            </Field>
            <Field label={t.usageLabel}>
              <Textarea value={form.usage} onChange={(_e, data) => set('usage', data.value)} resize="vertical" data-testid="new-usage" />
            </Field>
            <Field label={t.frameworkLabel}>
              <Select value={form.framework} onChange={(_e, data) => set('framework', data.value as NewTableForm['framework'])} data-testid="new-framework">
                <option value="2021">{t.framework2021}</option>
                <option value="2015">{t.framework2015}</option>
              </Select>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={submit} data-testid="new-table-confirm">
              {t.newTableConfirm}
            </Button>
            <Button onClick={close}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
