import type { Comment } from '@hormohelp/contracts';
import { Button } from '@/components/button';
import { SkeletonText } from '@/components/skeleton';
import { formatDateTime } from '@/lib/format';
import { useComments } from '../api/use-comments';
import { CommentForm } from './comment-form';
import { VerifyToParticipate } from './verify-to-participate';

interface CommentSectionProps {
  postId: string;
  canWrite: boolean;
  onCommentAdded: (comment: Comment) => void;
}

export function CommentSection({ postId, canWrite, onCommentAdded }: CommentSectionProps) {
  const comments = useComments(postId);

  return (
    <div className="mt-4 space-y-4 border-t border-stone-200 pt-4" aria-busy={comments.status === 'loading'}>
      {comments.status === 'loading' ? (
        <SkeletonText lines={3} />
      ) : comments.status === 'error' ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700">
          <p role="alert">{comments.error}</p>
          <Button variant="secondary" size="sm" onClick={comments.retry}>
            Try again
          </Button>
        </div>
      ) : comments.items.length === 0 ? (
        <p className="text-sm text-stone-600">No comments yet. Be the first to reply.</p>
      ) : (
        <ul className="space-y-3" aria-label="Comments">
          {comments.items.map((comment) => (
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
      {comments.hasMore ? (
        <Button variant="ghost" size="sm" loading={comments.isLoadingMore} onClick={comments.loadMore}>
          Show more comments
        </Button>
      ) : null}
      {canWrite ? (
        <CommentForm
          postId={postId}
          onCommented={(comment) => {
            comments.addComment(comment);
            onCommentAdded(comment);
          }}
        />
      ) : (
        <VerifyToParticipate action="comment" />
      )}
    </div>
  );
}
