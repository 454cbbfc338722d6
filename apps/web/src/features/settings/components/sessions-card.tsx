import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/button';
import { SkeletonText } from '@/components/skeleton';
import { sessionsQueryOptions } from '../api/sessions-query';
import { OTHER_SESSIONS, useEndSession } from '../api/use-end-session';
import { SessionItem } from './session-item';
import { SettingsSection } from './settings-section';

/** Where the person is signed in; ending a session stops it from staying signed in. */
export function SessionsCard() {
  const sessions = useQuery(sessionsQueryOptions());
  const endSession = useEndSession();
  // One ending at a time: the one running is busy, every other button waits for it.
  const busyTarget = endSession.isPending ? (endSession.variables ?? null) : null;
  const others = sessions.data?.filter((session) => !session.current) ?? [];

  return (
    <SettingsSection
      id="sessions"
      title="Where you are signed in"
      description="Each login on a browser or device. Ending one signs it out within 15 minutes at most."
    >
      {sessions.isError && !sessions.data && (
        <div>
          <p className="text-sm text-stone-700">Your sessions could not be loaded.</p>
          <Button
            variant="secondary"
            className="mt-3"
            loading={sessions.isFetching}
            onClick={() => void sessions.refetch()}
          >
            Try again
          </Button>
        </div>
      )}
      {sessions.isPending && <SkeletonText lines={3} />}
      {sessions.data && (
        <>
          <ul className="divide-y divide-stone-200">
            {sessions.data.map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                isEnding={busyTarget === session.id}
                isDisabled={busyTarget !== null}
                onEnd={() => endSession.mutate(session.id)}
              />
            ))}
          </ul>
          {others.length > 0 ? (
            <Button
              variant="secondary"
              className="mt-4"
              loading={busyTarget === OTHER_SESSIONS}
              disabled={busyTarget !== null}
              onClick={() => endSession.mutate(OTHER_SESSIONS)}
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
