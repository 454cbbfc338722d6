import { type ReactNode, type Ref, useId } from 'react';
import { useController, useFormContext, useFormState } from 'react-hook-form';
import { TextField } from '@/components/field';
import { cn } from '@/lib/cn';
import { todayIsoDate } from '@/lib/format';
import {
  AGE_RANGE_OPTIONS,
  CONDITION_OPTIONS,
  GOAL_OPTIONS,
  type HealthProfileValues,
  MAX_CYCLE_DAYS,
  MIN_CYCLE_DAYS,
  type Option,
  REGULARITY_OPTIONS,
} from '@/lib/health-profile-options';

/**
 * The fields of the health profile, asked by onboarding one step at a time and by the Settings card
 * all at once. Each reads the form it is in (`FormProvider` over a form whose values include
 * `HealthProfileValues`), so both pages share the fields, their wording and their rules.
 */

/** The questions as they are asked: onboarding's step headings, the Settings card's legends. */
export const HEALTH_PROFILE_QUESTIONS = {
  conditions: 'Which of these are you living with?',
  goals: 'What would you like HormoHelp to help with?',
  cycle: 'A few cycle basics',
  ageRange: 'How old are you?',
} as const;

/** A label that says its question may be skipped. */
function OptionalLabel({ children }: { children: ReactNode }) {
  return (
    <>
      {children} <span className="font-normal text-stone-600">optional</span>
    </>
  );
}

interface ChoiceGroupProps {
  legend: ReactNode;
  name: string;
  options: Option[];
  /** Checkboxes for many answers, radio buttons for one. */
  multiple: boolean;
  selected: string[];
  onChange: (selected: string[]) => void;
  onBlur?: () => void;
  /** Given to the first option, so the form can focus the group when its answer is missing. */
  inputRef?: Ref<HTMLInputElement>;
  error?: string | undefined;
  hint?: string;
  /** When a visible heading already asks the question, the legend is for screen readers only. */
  hideLegend?: boolean;
}

/** Options as native checkboxes or radios in a fieldset named by its legend. */
export function ChoiceGroup({
  legend,
  name,
  options,
  multiple,
  selected,
  onChange,
  onBlur,
  inputRef,
  error,
  hint,
  hideLegend = false,
}: ChoiceGroupProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  function toggle(value: string) {
    if (!multiple) return onChange([value]);
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  }

  return (
    <fieldset aria-describedby={[hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined}>
      <legend className={hideLegend ? 'sr-only' : 'text-base font-semibold text-stone-900'}>{legend}</legend>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className="mt-4 grid gap-2 sm:grid-cols-2">
        {options.map((option, index) => {
          const isChecked = selected.includes(option.value);
          return (
            <label
              key={option.value}
              className={cn(
                'flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-3 text-sm transition-colors',
                'focus-within:ring-2 focus-within:ring-brand-600',
                isChecked
                  ? 'border-brand-600 bg-brand-50 text-brand-900'
                  : 'border-stone-300 bg-white text-stone-800 hover:bg-stone-50',
              )}
            >
              <input
                ref={index === 0 ? inputRef : undefined}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.value}
                checked={isChecked}
                onChange={() => toggle(option.value)}
                onBlur={onBlur}
                aria-invalid={error ? true : undefined}
                className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700 focus:outline-none"
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface QuestionProps {
  /** What the group is called; the question itself unless a heading already asks it. */
  legend?: string;
  hideLegend?: boolean;
}

interface ChoiceQuestionProps {
  name: 'conditions' | 'goals' | 'regularity' | 'ageRange';
  options: Option[];
  hint: string;
  legend: ReactNode;
  hideLegend?: boolean | undefined;
}

/** One question answered by choosing: any number of answers for a list, one for the others. */
function ChoiceQuestion({ name, options, hint, legend, hideLegend }: ChoiceQuestionProps) {
  const { control, trigger } = useFormContext<HealthProfileValues>();
  const multiple = name === 'conditions' || name === 'goals';
  const { field, fieldState } = useController({ control, name });

  // A choice is a change, not a blur: a problem said before goes as soon as the answer is given.
  function choose(next: string[]) {
    field.onChange(multiple ? next : (next[0] ?? ''));
    if (fieldState.invalid) void trigger(name);
  }

  const selected = Array.isArray(field.value) ? field.value : field.value ? [field.value] : [];
  return (
    <ChoiceGroup
      legend={legend}
      hideLegend={hideLegend}
      hint={hint}
      name={name}
      options={options}
      multiple={multiple}
      selected={selected}
      onChange={choose}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
    />
  );
}

export function ConditionsField({ legend = HEALTH_PROFILE_QUESTIONS.conditions, hideLegend }: QuestionProps) {
  return (
    <ChoiceQuestion
      name="conditions"
      legend={legend}
      hideLegend={hideLegend}
      hint="Choose all that apply, diagnosed or suspected."
      options={CONDITION_OPTIONS}
    />
  );
}

export function GoalsField({ legend = HEALTH_PROFILE_QUESTIONS.goals, hideLegend }: QuestionProps) {
  return (
    <ChoiceQuestion
      name="goals"
      legend={legend}
      hideLegend={hideLegend}
      hint="Choose as many as you like."
      options={GOAL_OPTIONS}
    />
  );
}

/** The cycle basics, each optional: its length, the last period's first day, its regularity. */
export function CycleFields() {
  const { register, control } = useFormContext<HealthProfileValues>();
  const { errors } = useFormState({ control, name: ['cycleLengthDays', 'lastPeriodStart'] });
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={<OptionalLabel>Typical cycle length (days)</OptionalLabel>}
          type="number"
          inputMode="numeric"
          min={MIN_CYCLE_DAYS}
          max={MAX_CYCLE_DAYS}
          placeholder="e.g. 28"
          {...register('cycleLengthDays')}
          error={errors.cycleLengthDays?.message}
          hint="From the first day of one period to the day before the next."
        />
        <TextField
          label={<OptionalLabel>First day of your last period</OptionalLabel>}
          type="date"
          max={todayIsoDate()}
          {...register('lastPeriodStart')}
          error={errors.lastPeriodStart?.message}
        />
      </div>
      <ChoiceQuestion
        name="regularity"
        legend={<OptionalLabel>Are your cycles regular?</OptionalLabel>}
        hint="Regular usually means cycles of 21 to 35 days that vary by less than about a week."
        options={REGULARITY_OPTIONS}
      />
    </div>
  );
}

export function AgeRangeField({ legend = HEALTH_PROFILE_QUESTIONS.ageRange, hideLegend }: QuestionProps) {
  return (
    <ChoiceQuestion
      name="ageRange"
      legend={legend}
      hideLegend={hideLegend}
      hint="Symptoms and what is typical change with age. HormoHelp is for adults (18+)."
      options={AGE_RANGE_OPTIONS}
    />
  );
}
