import { lazyResolver } from './lazy-resolver';

const load = () => import('./account-form-resolvers');

/**
 * The resolvers of the sign-in pages and of the account's own cards in Settings, each loaded with zod
 * and the contract in one chunk when the person first focuses, taps or types on the page
 * (`useContractForm`), so none of them weighs on the first load.
 */
export const lazyAccountResolvers = {
  login: lazyResolver(() => load().then((module) => module.loginResolver)),
  signup: lazyResolver(() => load().then((module) => module.signupResolver)),
  forgotPassword: lazyResolver(() => load().then((module) => module.forgotPasswordResolver)),
  resetPassword: lazyResolver(() => load().then((module) => module.resetPasswordResolver)),
  profile: lazyResolver(() => load().then((module) => module.profileResolver)),
  deleteAccount: lazyResolver(() => load().then((module) => module.deleteAccountResolver)),
};
