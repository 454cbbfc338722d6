import { useInfiniteQuery } from '@tanstack/react-query';
import { MessagesSquare } from 'lucide-react';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { Skeleton } from '@/components/skeleton';
import { itemsOfPages } from '@/lib/cursor-pages';
import { loadNextPage } from '@/lib/load-next-page';
import { feedQueryOptions } from '../api/feed-query';
import { useDeletePost } from '../api/use-delete-post';
import { PostCard } from './post-card';

interface PostFeedProps {
  /** The topic shown, or null for every topic; each has its own cache entry. */
  category: string | null;
  currentUserId: string | undefined;
  canWrite: boolean;
}

function FeedSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true">
      {[0, 1, 2].map((key) => (
        <Skeleton key={key} className="h-40 w-full rounded-xl" />
      ))}
    </div>
  );
}

export function PostFeed({ category, currentUserId, canWrite }: PostFeedProps) {
  const feed = useInfiniteQuery(feedQueryOptions(category));
  // Here rather than in each card: a deleted post's card is gone before the answer comes.
  const deletePost = useDeletePost();

  if (feed.isPending) return <FeedSkeleton />;
  if (!feed.data) {
    return (
      <EmptyState
        icon={MessagesSquare}
        title="The discussions could not be loaded"
        description="Check your connection, then try again."
        action={<Button onClick={() => void feed.refetch()}>Try again</Button>}
      />
    );
  }
  const posts = itemsOfPages(feed.data);
  if (posts.length === 0) {
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
        {posts.map((post) => (
          <li key={post.id}>
            <PostCard
              post={post}
              isOwn={post.author.id === currentUserId}
              canWrite={canWrite}
              onDelete={() => deletePost.mutate(post.id)}
            />
          </li>
        ))}
      </ul>
      {feed.hasNextPage ? (
        <div className="flex justify-center">
          <Button
            variant="secondary"
            loading={feed.isFetchingNextPage}
            onClick={() => void loadNextPage(feed.fetchNextPage)}
          >
            Load more
          </Button>
        </div>
      ) : null}
    </div>
  );
}
