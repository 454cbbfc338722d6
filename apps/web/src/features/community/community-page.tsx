import { POST_CATEGORIES } from '@hormohelp/contracts/limits';
import { useState } from 'react';
import { FilterToggles } from '@/components/filter-toggles';
import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { NewPostForm } from './components/new-post-form';
import { PostFeed } from './components/post-feed';
import { VerifyToParticipate } from './components/verify-to-participate';

export default function CommunityPage() {
  useDocumentTitle('Community');
  const { user } = useAuth();
  const [category, setCategory] = useState<string | null>(null);
  const canWrite = user?.emailVerified === true;

  return (
    <div>
      <PageHeader
        title="Community"
        description="Ask, share and support each other. Posts show your name, so share only what you are comfortable with."
      />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="feed-title" className="order-2 space-y-4 lg:order-1">
          <h2 id="feed-title" className="sr-only">
            Discussions
          </h2>
          <FilterToggles
            legend="Filter by topic"
            allLabel="All topics"
            options={POST_CATEGORIES}
            value={category}
            onChange={setCategory}
          />
          <PostFeed category={category} currentUserId={user?.id} canWrite={canWrite} />
        </section>
        <aside className="order-1 lg:order-2">
          {canWrite ? (
            <NewPostForm key={category ?? 'all'} defaultCategory={category} />
          ) : (
            <VerifyToParticipate action="post" />
          )}
        </aside>
      </div>
    </div>
  );
}
