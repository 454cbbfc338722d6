import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePosts } from './api/use-posts';
import { CategoryFilter } from './components/category-filter';
import { NewPostForm } from './components/new-post-form';
import { PostFeed } from './components/post-feed';
import { VerifyToParticipate } from './components/verify-to-participate';

export default function CommunityPage() {
  useDocumentTitle('Community');
  const { user } = useAuth();
  const [category, setCategory] = useState<string | null>(null);
  const feed = usePosts(category);
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
          <CategoryFilter value={category} onChange={setCategory} />
          <PostFeed feed={feed} currentUserId={user?.id} canWrite={canWrite} />
        </section>
        <aside className="order-1 lg:order-2">
          {canWrite ? (
            <NewPostForm key={category ?? 'all'} defaultCategory={category} onPosted={feed.addPost} />
          ) : (
            <VerifyToParticipate action="post" />
          )}
        </aside>
      </div>
    </div>
  );
}
