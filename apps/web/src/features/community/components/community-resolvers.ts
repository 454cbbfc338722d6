import { lazyResolver } from '@/lib/forms/lazy-resolver';

const load = () => import('./community-form-resolvers');

/**
 * The community forms' resolvers, loaded with zod and the contract in one chunk after the page has
 * rendered (`useContractForm` preloads it), so reading the feed does not wait for them.
 */
export const lazyCommunityResolvers = {
  newPost: lazyResolver(() => load().then((module) => module.newPostResolver)),
  comment: lazyResolver(() => load().then((module) => module.commentResolver)),
};
