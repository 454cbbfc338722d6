import type { Comment, Item } from '@hormohelp/contracts';
import { type FormEvent, useState } from 'react';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { TextAreaField } from '@/components/field';
import { api, getErrorMessage, getFieldErrors } from '@/lib/api-client';

const MAX_COMMENT_LENGTH = 5000;

interface CommentFormProps {
  postId: string;
  onCommented: (comment: Comment) => void;
}

export function CommentForm({ postId, onCommented }: CommentFormProps) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [isSending, setIsSending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = body.trim();
    if (!text) return setError('Write a comment');
    if (text.length > MAX_COMMENT_LENGTH)
      return setError(`Keep comments under ${MAX_COMMENT_LENGTH} characters`);
    setIsSending(true);
    try {
      const { data } = await api.post<Item<Comment>>(`/api/posts/${postId}/comments`, { body: text });
      onCommented(data.item);
      setBody('');
      setError(undefined);
    } catch (caught) {
      const fieldError = getFieldErrors(caught).body;
      if (fieldError) setError(fieldError);
      else toast.error(getErrorMessage(caught));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <TextAreaField
        label="Write a comment"
        rows={2}
        value={body}
        error={error}
        onChange={(event) => {
          setBody(event.target.value);
          setError(undefined);
        }}
      />
      <div className="flex justify-end">
        <Button type="submit" size="sm" loading={isSending}>
          Post comment
        </Button>
      </div>
    </form>
  );
}
