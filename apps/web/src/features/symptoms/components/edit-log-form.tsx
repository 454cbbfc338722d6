import type { SymptomLog } from '@hormohelp/contracts';
import { Button } from '@/components/button';
import { todayIsoDate } from '@/lib/format';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { useUpdateLog } from '../api/use-update-log';
import { formatLogDay, savedMessage } from '../lib/log-day';
import { showSaveError } from '../lib/show-save-error';
import { lazySymptomLogResolvers } from '../lib/symptom-log-resolvers';
import { toUpdateBody, valuesOfLog } from '../lib/symptom-log-values';
import { LogFormFrame } from './log-form-frame';
import { SymptomLogFields } from './symptom-log-fields';

interface EditLogFormProps {
  log: SymptomLog;
  onSaved: (confirmation: string) => void;
  onCancel: () => void;
  onConsentMissing: (() => void) | undefined;
}

/** One past log in the log form, sent as PATCH /api/symptoms/:id; it stays on its day. */
export function EditLogForm({ log, onSaved, onCancel, onConsentMissing }: EditLogFormProps) {
  const form = useContractForm(lazySymptomLogResolvers.editLog, valuesOfLog(log));
  const updateLog = useUpdateLog();

  const handleSubmit = form.handleSubmit(async (body) => {
    try {
      const saved = await updateLog.mutateAsync({ id: log.id, body: toUpdateBody(body) });
      onSaved(savedMessage(saved.date, false));
    } catch (error) {
      showSaveError(form, error, onConsentMissing);
    }
  });

  return (
    <LogFormFrame title={`Edit your log for ${formatLogDay(log.date)}`} focusOnMount onSubmit={handleSubmit}>
      <SymptomLogFields
        form={form}
        today={todayIsoDate()}
        dateHint="A log stays on its day. To log another day, cancel and choose it."
        isDateFixed
      />
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onCancel} disabled={form.formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Save changes
        </Button>
      </div>
    </LogFormFrame>
  );
}
