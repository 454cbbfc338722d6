import { Controller, type FieldError, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { TextAreaField, TextField } from '@/components/field';
import { NOTES_LENGTH_SHOWN, type ScoreField, type SymptomLogValues } from '../lib/symptom-log-values';
import { ScoreSlider } from './score-slider';
import { SymptomChips } from './symptom-chips';

const SCORES: Array<{ field: ScoreField; label: string; low: string; high: string }> = [
  { field: 'severity', label: 'Severity', low: 'none', high: 'worst' },
  { field: 'mood', label: 'Mood', low: 'very low', high: 'great' },
  { field: 'energy', label: 'Energy', low: 'exhausted', high: 'full of energy' },
  { field: 'sleep', label: 'Sleep quality', low: 'very poor', high: 'excellent' },
];

type SymptomsError = FieldError | Array<FieldError | undefined> | undefined;

/** The list's own problem (too many), or the first of its symptoms' (`symptoms.3`: too long). */
function symptomsMessage(error: SymptomsError): string | undefined {
  if (!error) return undefined;
  if (!Array.isArray(error)) return error.message;
  return error.find((item) => item?.message)?.message;
}

interface SymptomLogFieldsProps<Output extends FieldValues> {
  form: UseFormReturn<SymptomLogValues, unknown, Output>;
  today: string;
  /** Said under the date: that the day has a log already, or that an edit stays on its day. */
  dateHint?: string | undefined;
  /** An edit keeps its day: the date shows but cannot change. */
  isDateFixed?: boolean;
}

/** The fields of a day's log, each with its label and its problem beside it. */
export function SymptomLogFields<Output extends FieldValues>({
  form,
  today,
  dateHint,
  isDateFixed = false,
}: SymptomLogFieldsProps<Output>) {
  const { errors } = form.formState;
  const notes = form.watch('notes') ?? '';
  return (
    <>
      <TextField
        label="Date"
        type="date"
        max={today}
        required
        readOnly={isDateFixed}
        hint={dateHint}
        {...form.register('date')}
        error={errors.date?.message}
        className="max-w-xs"
      />
      <Controller
        control={form.control}
        name="symptoms"
        render={({ field }) => (
          <SymptomChips
            selected={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={symptomsMessage(errors.symptoms as SymptomsError)}
          />
        )}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        {SCORES.map(({ field: name, label, low, high }) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field }) => (
              <ScoreSlider
                ref={field.ref}
                label={label}
                value={field.value}
                lowLabel={low}
                highLabel={high}
                error={errors[name]?.message}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
        ))}
      </div>
      <TextAreaField
        label="Notes"
        hint={`Optional. Anything you want to remember: cycle day, food, stress, medication. ${notes.length}/${NOTES_LENGTH_SHOWN}`}
        rows={3}
        {...form.register('notes')}
        error={errors.notes?.message}
      />
    </>
  );
}
