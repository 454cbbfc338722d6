import {
  deleteAccountBodySchema,
  emailBodySchema,
  loginBodySchema,
  resetPasswordBodySchema,
  signupBodySchema,
  updateMeBodySchema,
} from '@hormohelp/contracts';
import { z } from 'zod';
import { contractResolver } from './contract-resolver';

/** The new password twice: the contract's password rule, and both copies the same. */
export const resetPasswordFormSchema = resetPasswordBodySchema
  .omit({ token: true })
  .extend({ confirmation: z.string() })
  .refine((form) => form.confirmation === form.password, {
    path: ['confirmation'],
    message: 'The two passwords do not match',
  });

export const loginResolver = contractResolver(loginBodySchema, { password: 'Enter your password' });
export const signupResolver = contractResolver(signupBodySchema);
export const forgotPasswordResolver = contractResolver(emailBodySchema);
export const resetPasswordResolver = contractResolver(resetPasswordFormSchema);
export const profileResolver = contractResolver(updateMeBodySchema);
export const deleteAccountResolver = contractResolver(deleteAccountBodySchema);
