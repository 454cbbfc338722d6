import type { ActiveSession } from '@hormohelp/contracts';
import { Monitor } from 'lucide-react';
import { Button } from '@/components/button';
import { formatDateTime } from '@/lib/format';
import { describeUserAgent } from '../lib/describe-user-agent';

interface SessionItemProps {
  session: ActiveSession;
  isEnding: boolean;
  isDisabled: boolean;
  onEnd: () => void;
}

export function SessionItem({ session, isEnding, isDisabled, onEnd }: SessionItemProps) {
  const device = describeUserAgent(session.userAgent);
  return (
    <li className="flex flex-wrap items-center gap-3 py-3">
      <Monitor className="h-5 w-5 shrink-0 text-stone-500" aria-hidden="true" />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-stone-900">
          {device}
          {session.current && (
            <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">
              This device
            </span>
          )}
        </p>
        <p className="text-sm text-stone-600">
          Signed in {formatDateTime(session.createdAt)} · last used {formatDateTime(session.lastUsedAt)}
        </p>
      </div>
      {!session.current && (
        <Button
          variant="secondary"
          size="sm"
          loading={isEnding}
          disabled={isDisabled}
          onClick={onEnd}
          aria-label={`End session: ${device}, signed in ${formatDateTime(session.createdAt)}`}
        >
          End
        </Button>
      )}
    </li>
  );
}
