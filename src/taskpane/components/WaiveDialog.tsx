/** Asks for the reason of a waiver; a waiver without a reason is not accepted. */
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { Finding } from '../../core/check/types';

export interface WaiveDialogProps {
  finding: Finding | null;
  onConfirm(finding: Finding, reason: string): void;
  onCancel(): void;
}

export function WaiveDialog({ finding, onConfirm, onCancel }: WaiveDialogProps) {
  const { t, locale } = useStrings();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const close = (): void => {
    setReason('');
    setTried(false);
    onCancel();
  };
  const submit = (): void => {
    if (!finding) return;
    if (reason.trim() === '') {
      setTried(true);
      return;
    }
    onConfirm(finding, reason.trim());
    setReason('');
    setTried(false);
  };
  return (
    <Dialog open={finding !== null} onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface aria-describedby="waive-finding">
        <DialogBody>
          <DialogTitle>{t.waiveTitle}</DialogTitle>
          <DialogContent>
            <p id="waive-finding">{finding ? `${finding.sheet}!${finding.cell}：${finding.message[locale]}` : ''}</p>
            <Field
              label={t.waiveReason}
              required
              validationState={tried && reason.trim() === '' ? 'error' : 'none'}
              validationMessage={tried && reason.trim() === '' ? t.waiveReasonRequired : undefined}
            >
              <Textarea
                value={reason}
                placeholder={t.waiveReasonPlaceholder}
                onChange={(_e, data) => setReason(data.value)}
                data-testid="waive-reason"
                resize="vertical"
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={submit} data-testid="waive-confirm">
              {t.confirm}
            </Button>
            <Button onClick={close}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
