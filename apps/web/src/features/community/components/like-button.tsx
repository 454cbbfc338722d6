import type { Post } from '@hormohelp/contracts';
import { Heart } from 'lucide-react';
import { useId } from 'react';
import toast from 'react-hot-toast';
import { cn } from '@/lib/cn';
import { useToggleLike } from '../api/use-toggle-like';

export const VERIFY_TO_LIKE =
  'Verify your email to like posts. The banner at the top of the page can resend the link.';

interface LikeButtonProps {
  post: Post;
  /** Liking needs a verified email (the API answers 403): without one, the press explains instead. */
  canLike: boolean;
}

/**
 * The heart of a post and its count. A press shows at once; presses while one is on its way are
 * ignored, so that the server, which toggles, and the screen cannot drift apart.
 */
export function LikeButton({ post, canLike }: LikeButtonProps) {
  const toggleLike = useToggleLike();
  const countId = useId();
  const { likedByMe: liked, likeCount } = post;

  function press() {
    if (!canLike) {
      toast.error(VERIFY_TO_LIKE, { id: 'verify-to-like' });
      return;
    }
    if (toggleLike.isPending) return;
    toggleLike.mutate(post);
  }

  return (
    <button
      type="button"
      aria-pressed={liked}
      aria-label={`Like ${post.title}`}
      aria-describedby={countId}
      aria-busy={toggleLike.isPending || undefined}
      aria-disabled={canLike ? undefined : true}
      onClick={press}
      className={cn(
        'inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500',
        liked ? 'bg-plum-50 text-plum-700 hover:bg-plum-100' : 'text-stone-700 hover:bg-stone-100',
      )}
    >
      <Heart className={cn('h-4 w-4', liked && 'fill-current')} aria-hidden="true" />
      <span id={countId} className="tabular-nums">
        {likeCount}
        <span className="sr-only">{likeCount === 1 ? ' like' : ' likes'}</span>
      </span>
    </button>
  );
}
