import { lazyResolver } from '@/lib/forms/lazy-resolver';

const load = () => import('./symptom-log-form-resolvers');

/**
 * The log form's resolvers over the contract's bodies (a new day's log, an edit), loaded with zod
 * when the person first focuses, taps or types on the page (`useContractForm`), so the history shows
 * without them.
 */
export const lazySymptomLogResolvers = {
  newLog: lazyResolver(() => load().then((module) => module.newLogResolver)),
  editLog: lazyResolver(() => load().then((module) => module.editLogResolver)),
};
