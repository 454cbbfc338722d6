import type { SymptomLog, SymptomStats } from '@hormohelp/contracts';
import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useState } from 'react';
import { Button } from '@/components/button';
import { PageHeader } from '@/components/page-header';
import { Skeleton } from '@/components/skeleton';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { recentLogsQueryOptions } from './api/recent-logs-query';
import { statsQueryOptions, type TrendRange } from './api/stats-query';
import { AveragesCard } from './components/averages-card';
import { DataDownloadCard } from './components/data-download-card';
import { InsightsCard } from './components/insights-card';
import { RecentLogsCard } from './components/recent-logs-card';
import { ReminderCard } from './components/reminder-card';
import { StreakCards } from './components/streak-cards';
import { TodayCard } from './components/today-card';
import { TopSymptomsCard } from './components/top-symptoms-card';
import { TrendsCard } from './components/trends-card';
import { WelcomeState } from './components/welcome-state';
import { greetingFor } from './lib/greeting';

/**
 * The signed-in home: today, streaks, trends over the chosen range, averages, insights, top symptoms
 * and the latest logs; a welcome for someone who has not logged yet.
 */
export default function DashboardPage() {
  useDocumentTitle('Dashboard');
  const { user } = useAuth();
  const [range, setRange] = useState<TrendRange>(30);
  const statsQuery = useQuery(statsQueryOptions(range));
  const recentQuery = useQuery(recentLogsQueryOptions());
  // An answer arrives as an urgent update that React must finish in one go; the cards it fills are
  // rendered from the deferred copy instead, in slices that leave the main thread free between them.
  const stats = useDeferredValue(statsQuery.data);
  const recent = useDeferredValue(recentQuery.data);
  const greeting = greetingFor(user?.name);

  const isNewcomer = recent?.length === 0;
  const hasFailed = statsQuery.isError || recentQuery.isError;
  // Only what failed is asked for again.
  function retry() {
    if (statsQuery.isError) void statsQuery.refetch();
    if (recentQuery.isError) void recentQuery.refetch();
  }
  const description = isNewcomer
    ? 'Welcome to HormoHelp. Let’s start with today.'
    : 'Here is how your recent days have been.';
  const header = <PageHeader title={greeting} description={description} />;
  if (!stats || !recent) {
    if (hasFailed) {
      return (
        <div>
          {header}
          <p className="text-stone-700">Your dashboard could not be loaded.</p>
          <Button className="mt-4" onClick={retry}>
            Try again
          </Button>
        </div>
      );
    }
    return (
      <div aria-busy="true">
        {header}
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <Skeleton className="h-36 rounded-xl lg:col-span-2" />
          <Skeleton className="h-36 rounded-xl" />
          <Skeleton className="h-96 rounded-xl lg:col-span-2" />
          <Skeleton className="h-96 rounded-xl" />
        </div>
      </div>
    );
  }
  if (isNewcomer) {
    return (
      <div>
        {header}
        <WelcomeState />
      </div>
    );
  }
  return (
    <div>
      {header}
      <DashboardCards
        stats={stats}
        recent={recent}
        range={range}
        isRefreshing={statsQuery.isPlaceholderData}
        onRangeChange={setRange}
      />
    </div>
  );
}

interface DashboardCardsProps {
  stats: SymptomStats;
  recent: SymptomLog[];
  range: TrendRange;
  isRefreshing: boolean;
  onRangeChange: (range: TrendRange) => void;
}

/** Memoized, so that an urgent render of the page with the same deferred data skips the cards. */
const DashboardCards = memo(function DashboardCards({
  stats,
  recent,
  range,
  isRefreshing,
  onRangeChange,
}: DashboardCardsProps) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <TodayCard todayLog={recent.find((log) => log.date === stats.today)} />
        <StreakCards current={stats.currentStreak} longest={stats.longestStreak} />
        <TrendsCard stats={stats} range={range} isRefreshing={isRefreshing} onRangeChange={onRangeChange} />
      </div>
      <div className="min-w-0 space-y-6">
        <AveragesCard averages={stats.averages} range={stats.days} />
        <InsightsCard />
        <TopSymptomsCard topSymptoms={stats.topSymptoms} range={stats.days} />
        <RecentLogsCard logs={recent} />
        <ReminderCard />
        <DataDownloadCard />
      </div>
    </div>
  );
});
