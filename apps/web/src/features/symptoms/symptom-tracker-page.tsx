import { PageHeader } from '@/components/page-header';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSymptomHistory } from './api/use-symptom-history';
import { SymptomHistory } from './components/symptom-history';
import { SymptomLogForm } from './components/symptom-log-form';

export default function SymptomTrackerPage() {
  useDocumentTitle('Symptom tracker');
  const history = useSymptomHistory();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Symptom tracker"
        description="Log how today felt. Patterns show up on your dashboard after a few days."
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <SymptomLogForm onLogged={history.addLog} />
        <SymptomHistory
          items={history.items}
          status={history.status}
          hasMore={history.nextCursor !== null}
          isLoadingMore={history.isLoadingMore}
          onLoadMore={history.loadMore}
          onDelete={(log) => void history.deleteLog(log)}
          onRetry={history.retry}
        />
      </div>
    </div>
  );
}
