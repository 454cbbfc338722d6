import { ScoreAverages } from '@/components/score-averages';
import type { Scores } from '../lib/summarize-logs';

export function ReportAverages({ averages }: { averages: Scores }) {
  return (
    <section aria-labelledby="report-averages-title" className="report-block">
      <h2 id="report-averages-title" className="text-lg font-semibold text-stone-900">
        Averages
      </h2>
      <p className="text-sm text-stone-600">
        Scores from 1 to 10. Severity: higher is worse. Mood, energy and sleep: higher is better.
      </p>
      <ScoreAverages
        averages={averages}
        className="sm:grid-cols-4"
        itemClassName="rounded-lg border border-stone-200 p-3"
      />
    </section>
  );
}
