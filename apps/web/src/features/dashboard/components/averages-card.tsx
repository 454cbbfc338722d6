import type { SymptomStats } from '@hormohelp/contracts';
import { Card } from '@/components/card';
import { ScoreAverages } from '@/components/score-averages';

export function AveragesCard({ averages, range }: { averages: SymptomStats['averages']; range: number }) {
  return (
    <Card className="render-when-near">
      <section aria-labelledby="averages-title">
        <h2 id="averages-title" className="text-lg font-semibold text-stone-900">
          Averages
        </h2>
        <p className="text-sm text-stone-600">Last {range} days</p>
        <ScoreAverages averages={averages} />
      </section>
    </Card>
  );
}
