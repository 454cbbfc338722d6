import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { TextAreaField } from '@/components/field';
import { getErrorMessage } from '@/lib/api-client';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { useAddComment } from '../api/use-add-comment';
import { lazyCommunityResolvers } from './community-resolvers';

interface CommentFormProps {
  postId: string;
}

/** The reply box of a thread, checked by the contract's comment rule before it is sent. */
export function CommentForm({ postId }: CommentFormProps) {
  const addComment = useAddComment(postId);
  const form = useContractForm(lazyCommunityResolvers.comment, { body: '' });

  const handleSubmit = form.handleSubmit(async (comment) => {
    try {
      await addComment.mutateAsync(comment);
      form.reset({ body: '' });
    } catch (error) {
      if (!showServerFieldErrors(form, error)) toast.error(getErrorMessage(error));
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-2">
      <TextAreaField
        label="Write a comment"
        rows={2}
        {...form.register('body')}
        error={form.formState.errors.body?.message}
      />
      <div className="flex justify-end">
        <Button type="submit" size="sm" loading={form.formState.isSubmitting}>
          Post comment
        </Button>
      </div>
    </form>
  );
}
