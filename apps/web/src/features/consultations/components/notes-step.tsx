import { TextAreaField } from '@/components/field';

interface NotesStepProps {
  notes: string;
  error: string | undefined;
  onChange: (notes: string) => void;
}

export function NotesStep({ notes, error, onChange }: NotesStepProps) {
  return (
    <TextAreaField
      label="Notes for the expert (optional)"
      hint="What would you like to talk about? Symptoms, questions, recent test results."
      rows={4}
      value={notes}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
