import { POST_CATEGORIES } from '@hormohelp/contracts/limits';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import { getErrorMessage } from '@/lib/api-client';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { useCreatePost } from '../api/use-create-post';
import { lazyCommunityResolvers } from './community-resolvers';

type PostCategory = (typeof POST_CATEGORIES)[number];

const DEFAULT_CATEGORY: PostCategory = 'General Discussion';

function isPostCategory(value: string | null): value is PostCategory {
  return POST_CATEGORIES.some((category) => category === value);
}

interface NewPostFormProps {
  /** The topic the feed shows, preselected; null (every topic) preselects General Discussion. */
  defaultCategory: string | null;
}

/** "Start a discussion", checked by the contract's post rules; a published post tops the feed. */
export function NewPostForm({ defaultCategory }: NewPostFormProps) {
  const createPost = useCreatePost();
  const category = isPostCategory(defaultCategory) ? defaultCategory : DEFAULT_CATEGORY;
  const form = useContractForm(lazyCommunityResolvers.newPost, { title: '', body: '', category });
  const { errors } = form.formState;

  const handleSubmit = form.handleSubmit(async (post) => {
    try {
      await createPost.mutateAsync(post);
      form.reset({ title: '', body: '', category: post.category });
      toast.success('Your post is live');
    } catch (error) {
      if (!showServerFieldErrors(form, error)) toast.error(getErrorMessage(error));
    }
  });

  return (
    <Card>
      <form onSubmit={handleSubmit} noValidate aria-labelledby="new-post-title" className="space-y-4">
        <h2 id="new-post-title" className="text-lg font-semibold text-stone-900">
          Start a discussion
        </h2>
        <TextField label="Title" maxLength={200} {...form.register('title')} error={errors.title?.message} />
        <SelectField label="Topic" {...form.register('category')} error={errors.category?.message}>
          {POST_CATEGORIES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Your post"
          hint="Be kind. Share experiences, not diagnoses."
          rows={4}
          {...form.register('body')}
          error={errors.body?.message}
        />
        <div className="flex justify-end">
          <Button type="submit" loading={form.formState.isSubmitting} className="w-full sm:w-auto">
            Publish post
          </Button>
        </div>
      </form>
    </Card>
  );
}
