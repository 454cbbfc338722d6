import type { Item, SymptomLog } from '@hormohelp/contracts';
import { type FormEvent, useState } from 'react';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { TextAreaField, TextField } from '@/components/field';
import { api, getErrorMessage, getFieldErrors } from '@/lib/api-client';
import { formatDate, todayIsoDate } from '@/lib/format';
import {
  emptySymptomLog,
  MAX_NOTES_LENGTH,
  type ScoreField,
  type SymptomLogErrors,
  type SymptomLogValues,
  toCreateSymptomLogBody,
  toFormErrors,
  validateSymptomLog,
} from '../lib/symptom-log-values';
import { ScoreSlider } from './score-slider';
import { SymptomChips } from './symptom-chips';

const SCORES: Array<{ field: ScoreField; label: string; low: string; high: string }> = [
  { field: 'severity', label: 'Severity', low: 'none', high: 'worst' },
  { field: 'mood', label: 'Mood', low: 'very low', high: 'great' },
  { field: 'energy', label: 'Energy', low: 'exhausted', high: 'full of energy' },
  { field: 'sleep', label: 'Sleep quality', low: 'very poor', high: 'excellent' },
];

interface SymptomLogFormProps {
  onLogged: (log: SymptomLog) => void;
}

/** The daily log: date, symptom chips, four 1–10 scores and notes, sent as one POST /api/symptoms. */
export function SymptomLogForm({ onLogged }: SymptomLogFormProps) {
  const today = todayIsoDate();
  const [values, setValues] = useState<SymptomLogValues>(() => emptySymptomLog(today));
  const [errors, setErrors] = useState<SymptomLogErrors>({});
  const [isSaving, setIsSaving] = useState(false);

  function update<K extends keyof SymptomLogValues>(field: K, value: SymptomLogValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateSymptomLog(values, todayIsoDate());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setIsSaving(true);
    try {
      const { data } = await api.post<Item<SymptomLog>>('/api/symptoms', toCreateSymptomLogBody(values));
      toast.success(`Saved your log for ${formatDate(data.item.date)}`);
      onLogged(data.item);
      setValues(emptySymptomLog(todayIsoDate()));
    } catch (error) {
      const fieldErrors = toFormErrors(getFieldErrors(error));
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) toast.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-labelledby="log-form-title" className="space-y-6">
        <h2 id="log-form-title" className="text-lg font-semibold text-stone-900">
          Log a day
        </h2>
        <TextField
          label="Date"
          type="date"
          value={values.date}
          max={today}
          required
          error={errors.date}
          onChange={(event) => update('date', event.target.value)}
          className="max-w-xs"
        />
        <SymptomChips
          selected={values.symptoms}
          error={errors.symptoms}
          onChange={(next) => update('symptoms', next)}
        />
        <div className="grid gap-6 sm:grid-cols-2">
          {SCORES.map(({ field, label, low, high }) => (
            <ScoreSlider
              key={field}
              label={label}
              value={values[field]}
              lowLabel={low}
              highLabel={high}
              error={errors[field]}
              onChange={(value) => update(field, value)}
            />
          ))}
        </div>
        <TextAreaField
          label="Notes"
          hint={`Optional. Anything you want to remember: cycle day, food, stress, medication. ${values.notes.length}/${MAX_NOTES_LENGTH}`}
          value={values.notes}
          rows={3}
          error={errors.notes}
          onChange={(event) => update('notes', event.target.value)}
        />
        <div className="flex justify-end">
          <Button type="submit" loading={isSaving} className="w-full sm:w-auto">
            Save log
          </Button>
        </div>
      </form>
    </Card>
  );
}
