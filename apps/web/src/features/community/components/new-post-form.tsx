import type { Item, Post } from '@hormohelp/contracts';
import { POST_CATEGORIES } from '@hormohelp/contracts/limits';
import { type FormEvent, useState } from 'react';
import toast from 'react-hot-toast';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { SelectField, TextAreaField, TextField } from '@/components/field';
import { api, getErrorMessage, getFieldErrors } from '@/lib/api-client';

type Field = 'title' | 'body' | 'category';
type Values = Record<Field, string>;

const EMPTY: Values = { title: '', body: '', category: 'General Discussion' };

function validate(values: Values): Partial<Values> {
  const errors: Partial<Values> = {};
  const title = values.title.trim();
  if (title.length < 3) errors.title = 'Give your post a title of at least 3 characters';
  else if (title.length > 200) errors.title = 'Keep the title under 200 characters';
  if (!values.body.trim()) errors.body = 'Write something';
  else if (values.body.length > 10_000) errors.body = 'Keep the post under 10,000 characters';
  return errors;
}

interface NewPostFormProps {
  defaultCategory: string | null;
  onPosted: (post: Post) => void;
}

export function NewPostForm({ defaultCategory, onPosted }: NewPostFormProps) {
  const [values, setValues] = useState<Values>({ ...EMPTY, category: defaultCategory ?? EMPTY.category });
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [isSending, setIsSending] = useState(false);

  function update(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setIsSending(true);
    try {
      const body = { title: values.title.trim(), body: values.body.trim(), category: values.category };
      const { data } = await api.post<Item<Post>>('/api/posts', body);
      onPosted(data.item);
      setValues({ ...EMPTY, category: values.category });
      toast.success('Your post is live');
    } catch (error) {
      const fields = getFieldErrors(error);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else toast.error(getErrorMessage(error));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-labelledby="new-post-title" className="space-y-4">
        <h2 id="new-post-title" className="text-lg font-semibold text-stone-900">
          Start a discussion
        </h2>
        <TextField
          label="Title"
          value={values.title}
          maxLength={200}
          error={errors.title}
          onChange={(event) => update('title', event.target.value)}
        />
        <SelectField
          label="Topic"
          value={values.category}
          error={errors.category}
          onChange={(event) => update('category', event.target.value)}
        >
          {POST_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Your post"
          hint="Be kind. Share experiences, not diagnoses."
          rows={4}
          value={values.body}
          error={errors.body}
          onChange={(event) => update('body', event.target.value)}
        />
        <div className="flex justify-end">
          <Button type="submit" loading={isSending} className="w-full sm:w-auto">
            Publish post
          </Button>
        </div>
      </form>
    </Card>
  );
}
