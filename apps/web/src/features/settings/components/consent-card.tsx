import type { User } from '@hormohelp/contracts';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { Link } from 'react-router-dom';
import { Button } from '@/components/button';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';
import { SettingsSection } from './settings-section';

/** Explicit consent to store health data (GDPR Art. 9): withdrawn as easily as it was given. */
export function ConsentCard({ user }: { user: User }) {
  const { setUser } = useAuth();
  const [isSaving, setIsSaving] = useState(false);
  const hasConsented = user.healthDataConsent;

  async function changeConsent(healthDataConsent: boolean) {
    setIsSaving(true);
    try {
      const { data } = await api.patch<{ user: User }>('/users/me', { healthDataConsent });
      setUser(data.user);
      toast.success(
        healthDataConsent ? 'Thank you. You can log symptoms again.' : 'Your consent is withdrawn.',
      );
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <SettingsSection
      id="consent"
      title="Health data consent"
      description={
        <>
          What this covers and how long it is kept is in our{' '}
          <Link
            to="/privacy#what-we-store"
            className="font-medium text-brand-700 underline hover:text-brand-800"
          >
            privacy policy
          </Link>
          .
        </>
      }
    >
      <p className="font-medium text-stone-900" aria-live="polite">
        {hasConsented
          ? 'You have agreed that HormoHelp stores your health data.'
          : 'You have not agreed to HormoHelp storing your health data.'}
      </p>
      <p className="mt-2 text-sm text-stone-700">
        {hasConsented
          ? 'Your symptom logs and onboarding answers are stored to run your tracker, dashboard, insights and report. If you withdraw, no new symptom logs are stored. What you logged before stays yours to read, download and delete; delete your account to remove all of it at once.'
          : 'Without your consent HormoHelp stores no new symptom logs. What you logged before stays yours to read, download and delete. Give consent again to keep tracking.'}
      </p>
      <div className="mt-4">
        {hasConsented ? (
          <Button variant="secondary" loading={isSaving} onClick={() => changeConsent(false)}>
            Withdraw consent
          </Button>
        ) : (
          <Button loading={isSaving} onClick={() => changeConsent(true)}>
            Give consent
          </Button>
        )}
      </div>
    </SettingsSection>
  );
}
