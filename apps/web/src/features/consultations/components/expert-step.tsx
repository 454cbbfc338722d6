import type { Expert } from '@hormohelp/contracts';
import type { Ref } from 'react';
import { TYPE_LABELS } from '../lib/slots';
import { ChoiceCard } from './choice-card';

interface ExpertStepProps {
  experts: Expert[];
  selectedId: string | null;
  onSelect: (expert: Expert) => void;
  /** Given to the first expert's radio, so the step can be focused when no expert is chosen. */
  choiceRef?: Ref<HTMLInputElement>;
  /** The id of the problem said under the step, while there is one. */
  errorId?: string | undefined;
}

export function ExpertStep({ experts, selectedId, onSelect, choiceRef, errorId }: ExpertStepProps) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-base font-semibold text-stone-900">Who would you like to see?</legend>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {experts.map((expert, index) => (
          <ChoiceCard
            key={expert.id}
            ref={index === 0 ? choiceRef : undefined}
            errorId={errorId}
            name="expert"
            value={expert.id}
            label={expert.name}
            checked={expert.id === selectedId}
            onSelect={() => onSelect(expert)}
          >
            <span className="block font-semibold text-stone-900">{expert.name}</span>
            <span className="block text-sm text-stone-700">{expert.title}</span>
            <span className="mt-2 flex flex-wrap gap-1.5">
              {expert.specialties.map((specialty) => (
                <span key={specialty} className="rounded-full bg-plum-50 px-2 py-0.5 text-xs text-plum-800">
                  {specialty}
                </span>
              ))}
            </span>
            <span className="mt-2 block text-xs text-stone-600">
              {expert.consultationTypes.map((type) => TYPE_LABELS[type]).join(' · ')}
            </span>
          </ChoiceCard>
        ))}
      </div>
    </fieldset>
  );
}
