import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ConsentCard } from './components/consent-card';
import { DataExportCard } from './components/data-export-card';
import { DeleteAccountCard } from './components/delete-account-card';
import { HealthProfileCard } from './components/health-profile-card';
import { ProfileCard } from './components/profile-card';
import { SessionsCard } from './components/sessions-card';
import { TimeZoneCard } from './components/time-zone-card';

export default function SettingsPage() {
  useDocumentTitle('Settings');
  const { user } = useAuth();
  if (!user) return null;
  return (
    <div>
      <PageHeader
        title="Settings"
        description="Your profile and health answers, your consent, where you are signed in, and your data: a copy of it, or all of it erased."
      />
      <div className="max-w-3xl space-y-6">
        <ProfileCard user={user} />
        <TimeZoneCard user={user} />
        <HealthProfileCard user={user} />
        <ConsentCard user={user} />
        <SessionsCard />
        <DataExportCard />
        <DeleteAccountCard />
      </div>
    </div>
  );
}
