import type { ConsultationType, Expert } from '@hormohelp/contracts';
import { formatDate } from '@/lib/format';
import { type Slot, TYPE_LABELS } from '../lib/slots';

interface ReviewStepProps {
  expert: Expert;
  type: ConsultationType;
  slot: Slot;
  notes: string;
}

export function ReviewStep({ expert, type, slot, notes }: ReviewStepProps) {
  const rows: Array<[string, string]> = [
    ['Expert', `${expert.name}, ${expert.title}`],
    ['Consultation', TYPE_LABELS[type]],
    ['When', `${formatDate(slot.date)} at ${slot.time}`],
    ['Notes', notes.trim() || 'None'],
  ];
  return (
    <div>
      <h3 className="text-base font-semibold text-stone-900">Check your booking</h3>
      <dl className="mt-3 divide-y divide-stone-200 rounded-xl border border-stone-200">
        {rows.map(([term, value]) => (
          <div key={term} className="grid gap-1 px-4 py-3 sm:grid-cols-[8rem_1fr]">
            <dt className="text-sm text-stone-600">{term}</dt>
            <dd className="whitespace-pre-wrap break-words text-sm font-medium text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-stone-600">
        You can cancel up to the start time from “Your bookings” below; the time is then free for someone
        else.
      </p>
    </div>
  );
}
