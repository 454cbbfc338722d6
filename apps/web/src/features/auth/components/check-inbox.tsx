import type { MessageResponse } from '@hormohelp/contracts';
import { MailCheck } from 'lucide-react';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { Link } from 'react-router-dom';
import { Button } from '@/components/button';
import { api, getErrorMessage } from '@/lib/api-client';
import { AuthLayout } from './auth-layout';

/** After sign-up: where the link went, and a way to ask for another one. */
export function CheckInbox({ email }: { email: string }) {
  const [isSending, setIsSending] = useState(false);

  async function resend() {
    setIsSending(true);
    try {
      const data = await api.post('auth/resend-verification', { json: { email } }).json<MessageResponse>();
      toast.success(data.message || 'We sent you a new link.');
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <AuthLayout title="Check your inbox">
      <div className="flex flex-col items-center text-center">
        <span className="flex h-14 w-14 items-center justify-center rounded-full bg-brand-50 text-brand-700">
          <MailCheck className="h-7 w-7" aria-hidden="true" />
        </span>
        <p className="mt-4 text-stone-700">
          We sent a verification link to <strong className="text-stone-900">{email}</strong>. Open it to
          activate your account; it is valid for 24 hours.
        </p>
        <p className="mt-3 text-sm text-stone-600">
          Nothing there? Check your spam folder, or send it again.
        </p>
        <div className="mt-6 flex w-full flex-col gap-3">
          <Button variant="secondary" loading={isSending} onClick={resend}>
            Resend email
          </Button>
          <Link to="/login" className="text-sm font-medium text-brand-700 underline hover:text-brand-800">
            Back to log in
          </Link>
        </div>
      </div>
    </AuthLayout>
  );
}
