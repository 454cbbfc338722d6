import { Info } from 'lucide-react';

export function MedicalDisclaimer() {
  return (
    <aside
      aria-label="Medical disclaimer"
      className="flex gap-3 rounded-xl border border-plum-200 bg-plum-50 px-4 py-3 text-sm text-plum-900"
    >
      <Info className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
      <p>
        <strong>This is general information, not medical advice.</strong> It cannot take your history into
        account. Talk to a doctor about your own symptoms and before changing any treatment. In an emergency,
        call 112.
      </p>
    </aside>
  );
}
