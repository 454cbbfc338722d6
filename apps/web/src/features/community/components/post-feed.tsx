import type { Post } from '@hormohelp/contracts';
import { MessagesSquare } from 'lucide-react';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { Skeleton } from '@/components/skeleton';
import type { usePosts } from '../api/use-posts';
import { PostCard } from './post-card';

interface PostFeedProps {
  feed: ReturnType<typeof usePosts>;
  currentUserId: string | undefined;
  canWrite: boolean;
}

export function PostFeed({ feed, currentUserId, canWrite }: PostFeedProps) {
  if (feed.status === 'loading') {
    return (
      <div className="space-y-4" aria-busy="true">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} className="h-40 w-full rounded-xl" />
        ))}
      </div>
    );
  }
  if (feed.status === 'error') {
    return (
      <EmptyState
        icon={MessagesSquare}
        title="The discussions could not be loaded"
        description="Check your connection, then try again."
        action={<Button onClick={feed.retry}>Try again</Button>}
      />
    );
  }
  if (feed.items.length === 0) {
    return (
      <EmptyState
        icon={MessagesSquare}
        title="No discussions here yet"
        description="Start the first one: a question, something that helped, or how your week went."
      />
    );
  }
  return (
    <div className="space-y-4">
      <ul className="space-y-4">
        {feed.items.map((post: Post) => (
          <li key={post.id}>
            <PostCard
              post={post}
              isOwn={post.author.id === currentUserId}
              canWrite={canWrite}
              onChange={(patch) => feed.updatePost(post.id, patch)}
              onDelete={() => void feed.deletePost(post)}
            />
          </li>
        ))}
      </ul>
      {feed.hasMore ? (
        <div className="flex justify-center">
          <Button variant="secondary" loading={feed.isLoadingMore} onClick={feed.loadMore}>
            Load more
          </Button>
        </div>
      ) : null}
    </div>
  );
}
