import type { Post } from '@hormohelp/contracts';
import { MessageCircle } from 'lucide-react';
import { useState } from 'react';
import { Card } from '@/components/card';
import { ConfirmDelete } from '@/components/confirm-delete';
import { formatDateTime } from '@/lib/format';
import { CommentSection } from './comment-section';
import { LikeButton } from './like-button';

interface PostCardProps {
  post: Post;
  isOwn: boolean;
  canWrite: boolean;
  onDelete: () => void;
}

/** One post of the feed: its text, its heart, its thread (opened on demand) and, for mine, Delete. */
export function PostCard({ post, isOwn, canWrite, onDelete }: PostCardProps) {
  const [isThreadOpen, setIsThreadOpen] = useState(false);
  const threadId = `comments-${post.id}`;
  const headingId = `post-${post.id}`;

  return (
    <Card>
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-600">
          <span className="rounded-full bg-brand-50 px-2 py-0.5 font-medium text-brand-800">
            {post.category}
          </span>
          <span>
            <span className="font-medium text-stone-800">{post.author.name}</span> ·{' '}
            <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
          </span>
        </div>
        <h3 id={headingId} className="mt-2 break-words text-lg font-semibold text-stone-900">
          {post.title}
        </h3>
        <p className="mt-2 whitespace-pre-wrap break-words text-stone-800">{post.body}</p>
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <LikeButton post={post} canLike={canWrite} />
          <button
            type="button"
            aria-expanded={isThreadOpen}
            aria-controls={threadId}
            onClick={() => setIsThreadOpen((open) => !open)}
            className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          >
            <MessageCircle className="h-4 w-4" aria-hidden="true" />
            {isThreadOpen ? 'Hide comments' : 'Comments'} ({post.commentCount})
          </button>
          {isOwn ? (
            <div className="ml-auto">
              <ConfirmDelete
                subject={`post ${post.title}`}
                question="Delete this post?"
                onConfirm={onDelete}
              />
            </div>
          ) : null}
        </div>
        <div id={threadId}>
          {isThreadOpen ? <CommentSection postId={post.id} canWrite={canWrite} /> : null}
        </div>
      </article>
    </Card>
  );
}
