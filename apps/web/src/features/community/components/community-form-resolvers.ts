import { createCommentBodySchema, createPostBodySchema } from '@hormohelp/contracts';
import { contractResolver } from '@/lib/forms/contract-resolver';

export const newPostResolver = contractResolver(createPostBodySchema);
export const commentResolver = contractResolver(createCommentBodySchema);
