import { TextField } from '@/components/field';
import { todayIsoDate } from '@/lib/format';
import { REGULARITY_OPTIONS } from '../onboarding-options';
import { MAX_CYCLE_DAYS, MIN_CYCLE_DAYS, type OnboardingValues } from '../onboarding-values';
import { ChoiceGroup } from './choice-group';

interface CycleStepProps {
  values: OnboardingValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<OnboardingValues>) => void;
}

export function CycleStep({ values, errors, onChange }: CycleStepProps) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-stone-600">
        These help us put your logs in context. Skip any you do not know; you can change them later.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Typical cycle length (days)"
          type="number"
          inputMode="numeric"
          min={MIN_CYCLE_DAYS}
          max={MAX_CYCLE_DAYS}
          placeholder="e.g. 28"
          value={values.cycleLengthDays}
          onChange={(event) => onChange({ cycleLengthDays: event.target.value })}
          error={errors.cycleLengthDays}
          hint="From the first day of one period to the day before the next."
        />
        <TextField
          label="First day of your last period"
          type="date"
          max={todayIsoDate()}
          value={values.lastPeriodStart}
          onChange={(event) => onChange({ lastPeriodStart: event.target.value })}
          error={errors.lastPeriodStart}
        />
      </div>
      <ChoiceGroup
        legend="Are your cycles regular?"
        name="regularity"
        options={REGULARITY_OPTIONS}
        multiple={false}
        selected={values.regularity ? [values.regularity] : []}
        onChange={([regularity]) => onChange({ regularity: regularity ?? '' })}
        error={errors.regularity}
        hint="Regular usually means cycles of 21 to 35 days that vary by less than about a week."
      />
    </div>
  );
}
