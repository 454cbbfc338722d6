import { Flame, Trophy } from 'lucide-react';
import { Card } from '@/components/card';

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

export function StreakCards({ current, longest }: { current: number; longest: number }) {
  return (
    <div className="grid grid-cols-2 gap-4">
      <Card>
        <p className="flex items-center gap-2 text-sm font-medium text-stone-700">
          <Flame className="h-4 w-4 text-plum-700" aria-hidden="true" />
          Current streak
        </p>
        <p className="mt-2 text-2xl font-semibold tabular-nums text-stone-900">{days(current)}</p>
      </Card>
      <Card>
        <p className="flex items-center gap-2 text-sm font-medium text-stone-700">
          <Trophy className="h-4 w-4 text-brand-700" aria-hidden="true" />
          Longest streak
        </p>
        <p className="mt-2 text-2xl font-semibold tabular-nums text-stone-900">{days(longest)}</p>
      </Card>
    </div>
  );
}
