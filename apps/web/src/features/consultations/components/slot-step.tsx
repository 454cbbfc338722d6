import type { Expert } from '@hormohelp/contracts';
import type { Ref } from 'react';
import { formatDate } from '@/lib/format';
import { groupSlotsByDate, isSameSlot, type Slot } from '../lib/slots';
import { ChoiceCard } from './choice-card';

interface SlotStepProps {
  expert: Expert;
  selected: Slot | null;
  notice?: string;
  onSelect: (slot: Slot) => void;
  /** Given to the first slot's radio, so the step can be focused when no time is chosen. */
  choiceRef?: Ref<HTMLInputElement>;
  /** The id of the problem said under the step, while there is one. */
  errorId?: string | undefined;
}

export function SlotStep({ expert, selected, notice, onSelect, choiceRef, errorId }: SlotStepProps) {
  const days = groupSlotsByDate(expert.slots);
  const first = days[0];
  return (
    <fieldset className="min-w-0">
      <legend className="text-base font-semibold text-stone-900">Pick a time with {expert.name}</legend>
      {notice ? (
        <p
          role="alert"
          className="mt-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {notice}
        </p>
      ) : null}
      {days.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">
          {expert.name} has no open times right now. Choose another expert, or come back in a day or two.
        </p>
      ) : (
        <div className="mt-3 space-y-4">
          {days.map(({ date, times }) => (
            <div key={date}>
              <h3 className="text-sm font-medium text-stone-800">{formatDate(date)}</h3>
              <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {times.map((time) => {
                  const slot = { date, time };
                  const isFirst = date === first?.date && time === first.times[0];
                  return (
                    <ChoiceCard
                      key={time}
                      ref={isFirst ? choiceRef : undefined}
                      errorId={errorId}
                      name="slot"
                      value={`${date}T${time}`}
                      label={`${formatDate(date)} at ${time}`}
                      checked={isSameSlot(selected, slot)}
                      onSelect={() => onSelect(slot)}
                      compact
                    >
                      <span className="font-medium tabular-nums text-stone-900">{time}</span>
                    </ChoiceCard>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      )}
    </fieldset>
  );
}
