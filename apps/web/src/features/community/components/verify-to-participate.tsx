import { MailCheck } from 'lucide-react';

interface VerifyToParticipateProps {
  action: 'post' | 'comment';
}

/** Writing to the community needs a verified email (the API answers 403 otherwise): say so up front. */
export function VerifyToParticipate({ action }: VerifyToParticipateProps) {
  return (
    <div className="flex gap-3 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      <MailCheck className="mt-0.5 h-5 w-5 shrink-0" aria-hidden="true" />
      <p>
        Verify your email to {action === 'post' ? 'start a discussion' : 'join the conversation'}. Open the
        link we emailed you when you signed up; the banner at the top of the page can send it again. Reading
        is open to everyone in the meantime.
      </p>
    </div>
  );
}
