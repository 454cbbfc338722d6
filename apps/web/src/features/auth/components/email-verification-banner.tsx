import type { MessageResponse } from '@hormohelp/contracts';
import { MailWarning } from 'lucide-react';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { api, getErrorMessage } from '@/lib/api-client';
import { useAuth } from '../use-auth';

/** Shown on every app page while the email address is not verified. */
export function EmailVerificationBanner() {
  const { user } = useAuth();
  const [isSending, setIsSending] = useState(false);
  if (!user || user.emailVerified) return null;

  async function resend() {
    if (!user) return;
    setIsSending(true);
    try {
      const data = await api
        .post('auth/resend-verification', {
          json: {
            email: user.email,
          },
        })
        .json<MessageResponse>();
      toast.success(data.message || `We sent a new link to ${user.email}.`);
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <section aria-label="Email verification" className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:px-6">
        <MailWarning className="hidden h-5 w-5 shrink-0 text-amber-800 sm:block" aria-hidden="true" />
        <p className="text-sm text-amber-900">
          Please verify your email address ({user.email}) to post in the community, book consultations and
          shop. Check your inbox for our link.
        </p>
        <Button
          variant="secondary"
          size="sm"
          className="shrink-0 sm:ml-auto"
          loading={isSending}
          onClick={resend}
        >
          Resend email
        </Button>
      </div>
    </section>
  );
}
