import type { SymptomLog } from '@hormohelp/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/features/auth';
import { loadNextPage } from '@/lib/load-next-page';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useFirstAnswerDeferred } from '@/lib/use-first-answer-deferred';
import { historyEntries, historyQueryOptions } from './api/history-query';
import { useDeleteLog } from './api/use-delete-log';
import { ConsentStep } from './components/consent-step';
import { SymptomHistory } from './components/symptom-history';
import { SymptomLogForm } from './components/symptom-log-form';

/** The history's state in the words of the list: still loading, failed, or shown. */
function historyStatus(logs: SymptomLog[] | undefined, status: 'pending' | 'error' | 'success') {
  if (logs) return 'ready';
  return status === 'error' ? 'error' : 'loading';
}

const NO_LOGS: SymptomLog[] = [];

/**
 * Logging a day (one log a day: a day logged already is updated) beside the history, where each day
 * can be edited or deleted. Without consent to store health data, the consent step takes the form's
 * place; the history stays readable.
 */
export default function SymptomTrackerPage() {
  useDocumentTitle('Symptom tracker');
  const { user } = useAuth();
  const [editing, setEditing] = useState<SymptomLog | null>(null);
  // Consent the session says is given can have been withdrawn meanwhile (in another tab): a refused
  // save says so, and the page asks for it again.
  const [isConsentRefused, setIsConsentRefused] = useState(false);
  const needsConsent = isConsentRefused || user?.healthDataConsent === false;
  // The form that takes the consent step's place takes the focus the step's button had.
  const hasAskedForConsent = useRef(false);
  if (needsConsent) hasAskedForConsent.current = true;
  const history = useInfiniteQuery({ ...historyQueryOptions(), select: historyEntries });
  // The history's first answer renders in a transition; the form is memoized, and its callbacks below
  // are stable, so the history's changes do not render it again.
  const historyLogs = useFirstAnswerDeferred(history.data);
  const deleteLog = useDeleteLog();
  const { mutate: deleteById } = deleteLog;
  const { fetchNextPage, refetch } = history;
  const editingId = editing?.id;

  const onDelete = useCallback(
    (log: SymptomLog) => {
      if (editingId === log.id) setEditing(null);
      deleteById(log.id);
    },
    [editingId, deleteById],
  );
  const onEditDone = useCallback(() => setEditing(null), []);
  const onConsentMissing = useCallback(() => setIsConsentRefused(true), []);
  const onLoadMore = useCallback(() => void loadNextPage(fetchNextPage), [fetchNextPage]);
  const onRetry = useCallback(() => void refetch(), [refetch]);

  return (
    <div className="space-y-8">
      <PageHeader
        title="Symptom tracker"
        description="Log how today felt. Patterns show up on your dashboard after a few days."
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {needsConsent ? (
          <ConsentStep onGiven={() => setIsConsentRefused(false)} />
        ) : (
          <SymptomLogForm
            editing={editing}
            onEditDone={onEditDone}
            onConsentMissing={onConsentMissing}
            focusOnMount={hasAskedForConsent.current}
          />
        )}
        <SymptomHistory
          items={historyLogs ?? NO_LOGS}
          status={historyStatus(historyLogs, history.status)}
          hasMore={history.hasNextPage}
          isLoadingMore={history.isFetchingNextPage}
          onLoadMore={onLoadMore}
          onEdit={setEditing}
          onDelete={onDelete}
          onRetry={onRetry}
        />
      </div>
    </div>
  );
}
