import { Button } from '@/components/button';
import { SkeletonText } from '@/components/skeleton';
import { useSessions } from '../api/use-sessions';
import { SessionItem } from './session-item';
import { SettingsSection } from './settings-section';

/** Where the person is signed in; ending a session stops it from staying signed in. */
export function SessionsCard() {
  const { sessions, hasFailed, busyId, retry, endSession, endOtherSessions } = useSessions();
  const others = sessions?.filter((session) => !session.current) ?? [];

  return (
    <SettingsSection
      id="sessions"
      title="Where you are signed in"
      description="Each login on a browser or device. Ending one signs it out within 15 minutes at most."
    >
      {sessions === null && hasFailed && (
        <div>
          <p className="text-sm text-stone-700">Your sessions could not be loaded.</p>
          <Button variant="secondary" className="mt-3" onClick={() => void retry()}>
            Try again
          </Button>
        </div>
      )}
      {sessions === null && !hasFailed && <SkeletonText lines={3} />}
      {sessions && (
        <>
          <ul className="divide-y divide-stone-200">
            {sessions.map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                isEnding={busyId === session.id}
                isDisabled={busyId !== null}
                onEnd={() => void endSession(session.id)}
              />
            ))}
          </ul>
          {others.length > 0 ? (
            <Button
              variant="secondary"
              className="mt-4"
              loading={busyId === 'others'}
              disabled={busyId !== null}
              onClick={() => void endOtherSessions()}
            >
              End all other sessions
            </Button>
          ) : (
            <p className="mt-3 text-sm text-stone-600">You are not signed in anywhere else.</p>
          )}
        </>
      )}
    </SettingsSection>
  );
}
