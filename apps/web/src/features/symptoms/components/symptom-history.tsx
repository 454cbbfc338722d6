import type { SymptomLog } from '@hormohelp/contracts';
import { NotebookPen } from 'lucide-react';
import { memo } from 'react';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { Skeleton } from '@/components/skeleton';
import { SymptomLogCard } from './symptom-log-card';

interface SymptomHistoryProps {
  items: SymptomLog[];
  status: 'loading' | 'ready' | 'error';
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  onEdit: (log: SymptomLog) => void;
  onDelete: (log: SymptomLog) => void;
  onRetry: () => void;
}

/**
 * The person's logs, one entry a day, newest first, with "Load more" while older ones remain.
 * Memoized: the page renders again as the person types in the form, and a long list need not.
 */
export const SymptomHistory = memo(function SymptomHistory(props: SymptomHistoryProps) {
  const { items, status, hasMore, isLoadingMore, onLoadMore, onEdit, onDelete, onRetry } = props;
  return (
    <section aria-labelledby="history-title" aria-busy={status === 'loading'}>
      <h2 id="history-title" className="text-lg font-semibold text-stone-900">
        History
      </h2>
      <div className="mt-3 space-y-3">
        {status === 'loading' && items.length === 0 ? (
          [0, 1, 2].map((key) => <Skeleton key={key} className="h-36 w-full" />)
        ) : status === 'error' && items.length === 0 ? (
          <EmptyState
            icon={NotebookPen}
            title="Your history could not be loaded"
            description="Check your connection, then try again."
            action={<Button onClick={onRetry}>Try again</Button>}
          />
        ) : items.length === 0 ? (
          <EmptyState
            icon={NotebookPen}
            title="No logs yet"
            description="Your first log appears here. A minute a day is enough to start seeing patterns."
          />
        ) : (
          <ul className="space-y-3">
            {items.map((log) => (
              <li key={log.id}>
                <SymptomLogCard log={log} onEdit={onEdit} onDelete={onDelete} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {hasMore ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" loading={isLoadingMore} onClick={onLoadMore}>
            Load more
          </Button>
        </div>
      ) : null}
    </section>
  );
});
