import { type Resolver, type ResolverResult, useForm } from 'react-hook-form';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { type DateRange, rangeProblem } from '../lib/date-range';

/** The range's one rule, said beside the end date: both chosen, in order, a year at most. */
const rangeResolver: Resolver<DateRange> = async (range): Promise<ResolverResult<DateRange>> => {
  const problem = rangeProblem(range);
  if (!problem) return { values: range, errors: {} };
  return { values: {}, errors: { to: { type: 'range', message: problem } } };
};

interface ReportRangeFormProps {
  range: DateRange;
  today: string;
  onChange: (range: DateRange) => void;
}

/** The dates the report covers; applied on submit so a half-typed date never starts a request. */
export function ReportRangeForm({ range, today, onChange }: ReportRangeFormProps) {
  // Checked like the contract's forms: once a field is left, then on every change.
  const form = useForm<DateRange>({
    resolver: rangeResolver,
    defaultValues: range,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const handleSubmit = form.handleSubmit((chosen) => onChange({ from: chosen.from, to: chosen.to }));

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label="Report dates"
      className="flex flex-col gap-3 sm:flex-row sm:items-start"
    >
      <TextField label="From" type="date" max={today} {...form.register('from')} />
      <TextField
        label="To"
        type="date"
        max={today}
        {...form.register('to')}
        error={form.formState.errors.to?.message}
      />
      <Button type="submit" variant="secondary" className="sm:mt-7">
        Show report
      </Button>
    </form>
  );
}
