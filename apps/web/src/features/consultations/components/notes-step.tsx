import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextAreaField } from '@/components/field';

interface NotesStepProps {
  field: UseFormRegisterReturn<'notes'>;
  error: string | undefined;
}

export function NotesStep({ field, error }: NotesStepProps) {
  return (
    <TextAreaField
      label="Notes for the expert (optional)"
      hint="What would you like to talk about? Symptoms, questions, recent test results."
      rows={4}
      {...field}
      error={error}
    />
  );
}
