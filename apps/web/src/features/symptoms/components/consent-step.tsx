import { ShieldCheck } from 'lucide-react';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { useGiveConsent } from '../api/use-give-consent';

interface ConsentStepProps {
  /** Consent is given: the log form takes this step's place. */
  onGiven: () => void;
}

/**
 * In place of the log form while the person has not agreed to HormoHelp storing health data (GDPR
 * Art. 9): what a log stores and why, and the consent given right here, so the first log is not
 * refused after it was filled in.
 */
export function ConsentStep({ onGiven }: ConsentStepProps) {
  const titleId = useId();
  const giveConsent = useGiveConsent();
  return (
    <Card>
      <section aria-labelledby={titleId} className="space-y-4">
        <h2 id={titleId} className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          <ShieldCheck className="h-5 w-5 text-brand-700" aria-hidden="true" />
          Your consent to store health data
        </h2>
        <p className="text-sm text-stone-700">
          Each log stores the day, the symptoms you tick, your severity, mood, energy and sleep scores and
          your notes. HormoHelp keeps them to show your history, dashboard, insights and the report for your
          doctor, and for nothing else.
        </p>
        <p className="text-sm text-stone-700">
          Health data needs your explicit consent. You can withdraw it in Settings at any time, and delete
          what you logged there too. The{' '}
          <Link
            to="/privacy#what-we-store"
            className="font-medium text-brand-700 underline hover:text-brand-800"
          >
            privacy policy
          </Link>{' '}
          says how long it is kept.
        </p>
        <Button
          loading={giveConsent.isPending}
          onClick={() => giveConsent.mutate(undefined, { onSuccess: onGiven })}
        >
          I agree: store my health data
        </Button>
      </section>
    </Card>
  );
}
