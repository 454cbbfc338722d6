import type { SymptomLog } from '@hormohelp/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/button';
import { todayIsoDate } from '@/lib/format';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { dayLogQueryOptions } from '../api/day-log-query';
import { useSaveLog } from '../api/use-save-log';
import { savedMessage } from '../lib/log-day';
import { showSaveError } from '../lib/show-save-error';
import { lazySymptomLogResolvers } from '../lib/symptom-log-resolvers';
import { emptySymptomLog, type SymptomLogValues, toCreateBody, valuesOfLog } from '../lib/symptom-log-values';
import { LogFormFrame } from './log-form-frame';
import { SymptomLogFields } from './symptom-log-fields';

const ALREADY_LOGGED = 'You logged this day already; saving updates it.';

/** A day whose log can be looked up: one chosen, and not after today (those are refused anyway). */
function isLoggableDay(date: string, today: string): boolean {
  return date !== '' && date <= today;
}

/**
 * Keeps the form on the chosen day's log: a day logged already comes into the form to be updated,
 * and moving from such a day to one without a log starts that day afresh. What the person entered
 * for a day without a log stays when they only change the date.
 */
function useDayLogInForm<Output extends FieldValues>(
  form: UseFormReturn<SymptomLogValues, unknown, Output>,
  date: string,
  dayLog: SymptomLog | null | undefined,
) {
  const shownLogId = useRef<string | null>(null);
  useEffect(() => {
    if (dayLog === undefined) return;
    if (dayLog) {
      if (shownLogId.current === dayLog.id) return;
      shownLogId.current = dayLog.id;
      form.reset(valuesOfLog(dayLog));
    } else if (shownLogId.current !== null) {
      shownLogId.current = null;
      form.reset(emptySymptomLog(date));
    }
  }, [form, date, dayLog]);
}

interface NewLogFormProps {
  /** Takes the focus when it appears (after consent was given, or an edit cancelled). */
  focusOnMount: boolean;
  onSaved: (confirmation: string) => void;
  onConsentMissing: (() => void) | undefined;
}

/** "Log a day": the day's log, sent as POST /api/symptoms, which saves a new day or updates it. */
export function NewLogForm({ focusOnMount, onSaved, onConsentMissing }: NewLogFormProps) {
  const today = todayIsoDate();
  const form = useContractForm(lazySymptomLogResolvers.newLog, emptySymptomLog(today));
  const date = form.watch('date');
  const dayLog = useQuery({ ...dayLogQueryOptions(date), enabled: isLoggableDay(date, today) });
  const shownDayLog = isLoggableDay(date, today) ? dayLog.data : undefined;
  useDayLogInForm(form, date, shownDayLog);
  const saveLog = useSaveLog();

  const handleSubmit = form.handleSubmit(async (body) => {
    try {
      const { log, isNew } = await saveLog.mutateAsync(toCreateBody(body));
      form.reset(valuesOfLog(log));
      onSaved(savedMessage(log.date, isNew));
    } catch (error) {
      showSaveError(form, error, onConsentMissing);
    }
  });

  return (
    <LogFormFrame title="Log a day" focusOnMount={focusOnMount} onSubmit={handleSubmit}>
      <SymptomLogFields form={form} today={today} dateHint={shownDayLog ? ALREADY_LOGGED : undefined} />
      <div className="flex justify-end">
        <Button type="submit" loading={form.formState.isSubmitting} className="w-full sm:w-auto">
          Save log
        </Button>
      </div>
    </LogFormFrame>
  );
}
