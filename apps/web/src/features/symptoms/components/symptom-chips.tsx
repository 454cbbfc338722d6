import { COMMON_SYMPTOMS } from '@hormohelp/contracts/limits';
import { Plus, X } from 'lucide-react';
import { type KeyboardEvent, type Ref, useId, useState } from 'react';

interface SymptomChipsProps {
  selected: string[];
  error?: string | undefined;
  onChange: (symptoms: string[]) => void;
  /** The custom-symptom input, focused when the symptoms are refused. */
  inputRef?: Ref<HTMLInputElement>;
}

const chipBase =
  'inline-flex items-center gap-1 rounded-full border px-3 py-1.5 text-sm transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-1';

function includesIgnoringCase(list: readonly string[], value: string): string | undefined {
  return list.find((item) => item.toLowerCase() === value.toLowerCase());
}

/**
 * Curated symptoms as toggle chips, plus free-text symptoms the person adds themselves. How long a
 * symptom may be is the contract's rule, checked with the rest of the log when it is saved.
 */
export function SymptomChips({ selected, error, onChange, inputRef }: SymptomChipsProps) {
  const [custom, setCustom] = useState('');
  const [customError, setCustomError] = useState<string>();
  const groupId = useId();
  const customId = useId();
  const customSymptoms = selected.filter((symptom) => !includesIgnoringCase(COMMON_SYMPTOMS, symptom));

  function toggle(symptom: string) {
    onChange(selected.includes(symptom) ? selected.filter((s) => s !== symptom) : [...selected, symptom]);
  }

  function addCustom() {
    const value = custom.trim().replace(/\s+/g, ' ');
    if (!value) return setCustomError('Type a symptom first');
    const known = includesIgnoringCase([...COMMON_SYMPTOMS, ...selected], value) ?? value;
    if (!selected.includes(known)) onChange([...selected, known]);
    setCustom('');
    setCustomError(undefined);
  }

  function onCustomKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addCustom();
  }

  return (
    <fieldset className="min-w-0" aria-describedby={error ? `${groupId}-error` : undefined}>
      <legend className="text-sm font-medium text-stone-800">Symptoms today</legend>
      <p className="text-xs text-stone-600">Tap any that apply. Leave all off for a symptom-free day.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {COMMON_SYMPTOMS.map((symptom) => {
          const isSelected = selected.includes(symptom);
          return (
            <button
              key={symptom}
              type="button"
              aria-pressed={isSelected}
              onClick={() => toggle(symptom)}
              className={`${chipBase} ${isSelected ? 'border-brand-600 bg-brand-600 text-white' : 'border-stone-300 bg-white text-stone-700 hover:border-brand-400'}`}
            >
              {symptom}
            </button>
          );
        })}
        {customSymptoms.map((symptom) => (
          <button
            key={symptom}
            type="button"
            onClick={() => toggle(symptom)}
            aria-label={`Remove ${symptom}`}
            className={`${chipBase} max-w-full break-words border-brand-600 bg-brand-600 text-white`}
          >
            <span className="min-w-0 break-words">{symptom}</span>
            <X className="h-3.5 w-3.5 shrink-0" aria-hidden="true" />
          </button>
        ))}
      </div>
      <div className="mt-3">
        <label htmlFor={customId} className="text-sm font-medium text-stone-800">
          Add your own symptom
        </label>
        <div className="mt-1 flex gap-2">
          <input
            ref={inputRef}
            id={customId}
            value={custom}
            onChange={(event) => setCustom(event.target.value)}
            onKeyDown={onCustomKeyDown}
            aria-invalid={customError ? true : undefined}
            aria-describedby={customError ? `${customId}-error` : undefined}
            placeholder="e.g. Jaw tension"
            className="min-w-0 flex-1 rounded-lg border border-stone-300 px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          />
          <button
            type="button"
            onClick={addCustom}
            className="inline-flex items-center gap-1 rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-50 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            <Plus className="h-4 w-4" aria-hidden="true" />
            Add symptom
          </button>
        </div>
        {customError ? (
          <p id={`${customId}-error`} className="mt-1 text-sm text-red-700">
            {customError}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={`${groupId}-error`} className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
