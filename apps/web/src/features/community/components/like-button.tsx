import type { LikeResult } from '@hormohelp/contracts';
import { Heart } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from '@/lib/api-client';
import { cn } from '@/lib/cn';

export const VERIFY_TO_LIKE =
  'Verify your email to like posts. The banner at the top of the page can resend the link.';

interface LikeButtonProps {
  postId: string;
  postTitle: string;
  liked: boolean;
  likeCount: number;
  /** Liking needs a verified email (the API answers 403): without one, the press explains instead. */
  canLike: boolean;
  onChange: (state: { liked: boolean; likeCount: number }) => void;
}

/**
 * Flips at once (optimistic), then takes the server's {liked, likeCount} as the truth; on failure it
 * puts the previous state back. Presses while a toggle is in flight are ignored so that the server
 * and the screen cannot drift apart.
 */
export function LikeButton({ postId, postTitle, liked, likeCount, canLike, onChange }: LikeButtonProps) {
  const [isPending, setIsPending] = useState(false);
  const inFlight = useRef(false);
  const countId = useId();

  async function toggle() {
    if (!canLike) {
      toast.error(VERIFY_TO_LIKE, { id: 'verify-to-like' });
      return;
    }
    if (inFlight.current) return;
    inFlight.current = true;
    setIsPending(true);
    const previous = { liked, likeCount };
    onChange({ liked: !liked, likeCount: Math.max(0, likeCount + (liked ? -1 : 1)) });
    try {
      const { data } = await api.post<LikeResult>(`/api/posts/${postId}/like`);
      onChange({ liked: data.liked, likeCount: data.likeCount });
    } catch (error) {
      onChange(previous);
      toast.error(getErrorMessage(error));
    } finally {
      inFlight.current = false;
      setIsPending(false);
    }
  }

  return (
    <button
      type="button"
      aria-pressed={liked}
      aria-label={`Like ${postTitle}`}
      aria-describedby={countId}
      aria-busy={isPending || undefined}
      aria-disabled={canLike ? undefined : true}
      onClick={toggle}
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
