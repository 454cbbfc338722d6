import type { ConsultationType, Expert } from '@hormohelp/contracts';
import { MessageSquareText, Phone, Video } from 'lucide-react';
import type { Ref } from 'react';
import { TYPE_DESCRIPTIONS, TYPE_LABELS } from '../lib/slots';
import { ChoiceCard } from './choice-card';

const ICONS = { video: Video, phone: Phone, chat: MessageSquareText } as const;

interface TypeStepProps {
  expert: Expert;
  selected: ConsultationType | undefined;
  onSelect: (type: ConsultationType) => void;
  /** Given to the first type's radio, so the step can be focused when no type is chosen. */
  choiceRef?: Ref<HTMLInputElement>;
  /** The id of the problem said under the step, while there is one. */
  errorId?: string | undefined;
}

export function TypeStep({ expert, selected, onSelect, choiceRef, errorId }: TypeStepProps) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-base font-semibold text-stone-900">
        How would you like to talk to {expert.name}?
      </legend>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        {expert.consultationTypes.map((type, index) => {
          const Icon = ICONS[type];
          return (
            <ChoiceCard
              key={type}
              ref={index === 0 ? choiceRef : undefined}
              errorId={errorId}
              name="consultation-type"
              value={type}
              label={TYPE_LABELS[type]}
              checked={selected === type}
              onSelect={() => onSelect(type)}
            >
              <span className="flex items-center gap-2 font-semibold text-stone-900">
                <Icon className="h-4 w-4 text-brand-700" aria-hidden="true" />
                {TYPE_LABELS[type]}
              </span>
              <span className="mt-1 block text-sm text-stone-700">{TYPE_DESCRIPTIONS[type]}</span>
            </ChoiceCard>
          );
        })}
      </div>
    </fieldset>
  );
}
