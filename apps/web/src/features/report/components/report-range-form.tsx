import { type FormEvent, useState } from 'react';
import { Button } from '@/components/button';
import { TextField } from '@/components/field';
import { type DateRange, rangeProblem } from '../lib/date-range';

interface ReportRangeFormProps {
  range: DateRange;
  today: string;
  onChange: (range: DateRange) => void;
}

/** The dates the report covers; applied on submit so a half-typed date never starts a request. */
export function ReportRangeForm({ range, today, onChange }: ReportRangeFormProps) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [error, setError] = useState<string | undefined>();

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = rangeProblem({ from, to });
    setError(problem);
    if (!problem) onChange({ from, to });
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label="Report dates"
      className="flex flex-col gap-3 sm:flex-row sm:items-start"
    >
      <TextField
        label="From"
        type="date"
        name="from"
        max={today}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
      />
      <TextField
        label="To"
        type="date"
        name="to"
        max={today}
        value={to}
        onChange={(event) => setTo(event.target.value)}
        error={error}
      />
      <Button type="submit" variant="secondary" className="sm:mt-7">
        Show report
      </Button>
    </form>
  );
}
