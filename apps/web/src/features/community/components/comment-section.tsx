import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from '@/components/button';
import { SkeletonText } from '@/components/skeleton';
import { getErrorMessage } from '@/lib/api-client';
import { itemsOfPages } from '@/lib/cursor-pages';
import { formatDateTime } from '@/lib/format';
import { loadNextPage } from '@/lib/load-next-page';
import { commentsQueryOptions } from '../api/comments-query';
import { CommentForm } from './comment-form';
import { VerifyToParticipate } from './verify-to-participate';

interface CommentSectionProps {
  postId: string;
  canWrite: boolean;
}

/** An opened thread: its comments, a failure said in place with "Try again", and the comment box. */
export function CommentSection({ postId, canWrite }: CommentSectionProps) {
  const comments = useInfiniteQuery(commentsQueryOptions(postId));
  const items = itemsOfPages(comments.data);

  return (
    <div className="mt-4 space-y-4 border-t border-stone-200 pt-4" aria-busy={comments.isPending}>
      {comments.isPending ? (
        <SkeletonText lines={3} />
      ) : !comments.data ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700">
          <p role="alert">{getErrorMessage(comments.error)}</p>
          <Button variant="secondary" size="sm" onClick={() => void comments.refetch()}>
            Try again
          </Button>
        </div>
      ) : items.length === 0 ? (
        <p className="text-sm text-stone-600">No comments yet. Be the first to reply.</p>
      ) : (
        <ul className="space-y-3" aria-label="Comments">
          {items.map((comment) => (
            <li key={comment.id} className="rounded-lg bg-stone-50 px-3 py-2">
              <p className="text-xs text-stone-600">
                <span className="font-medium text-stone-800">{comment.author.name}</span> ·{' '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words text-sm text-stone-800">{comment.body}</p>
            </li>
          ))}
        </ul>
      )}
      {comments.hasNextPage ? (
        <Button
          variant="ghost"
          size="sm"
          loading={comments.isFetchingNextPage}
          onClick={() => void loadNextPage(comments.fetchNextPage)}
        >
          Show more comments
        </Button>
      ) : null}
      {canWrite ? <CommentForm postId={postId} /> : <VerifyToParticipate action="comment" />}
    </div>
  );
}
