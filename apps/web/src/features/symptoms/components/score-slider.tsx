import { forwardRef, useId } from 'react';

interface ScoreSliderProps {
  label: string;
  value: number;
  lowLabel: string;
  highLabel: string;
  error?: string | undefined;
  onChange: (value: number) => void;
  onBlur?: () => void;
}

/** A 1–10 score as a native range input: keyboard arrows, Home/End and screen readers work as expected. */
export const ScoreSlider = forwardRef<HTMLInputElement, ScoreSliderProps>(function ScoreSlider(
  { label, value, lowLabel, highLabel, error, onChange, onBlur },
  ref,
) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-stone-800">
          {label}
        </label>
        <output htmlFor={id} className="text-lg font-semibold tabular-nums text-brand-700">
          {value}
          <span className="text-sm font-normal text-stone-500">/10</span>
        </output>
      </div>
      <input
        ref={ref}
        id={id}
        type="range"
        min={1}
        max={10}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        onBlur={onBlur}
        aria-valuetext={`${value} out of 10`}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        className="mt-2 h-2 w-full cursor-pointer accent-brand-600 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2"
      />
      <div id={hintId} className="mt-1 flex justify-between text-xs text-stone-600">
        <span>1 = {lowLabel}</span>
        <span>10 = {highLabel}</span>
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
});
