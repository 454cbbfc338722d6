import { updateMeBodySchema } from '@hormohelp/contracts';
import type { z } from 'zod';
import { contractResolver } from '@/lib/forms/contract-resolver';
import { healthProfileFieldsSchema } from '@/lib/forms/health-profile-schema';
import { toHealthAnswers } from '@/lib/health-profile-options';

/**
 * The health profile's answers, by onboarding's rules, submitted as the PATCH /users/me body the
 * contract accepts.
 */
const healthProfileFormSchema = healthProfileFieldsSchema
  .transform((values): z.input<typeof updateMeBodySchema> => ({ onboardingData: toHealthAnswers(values) }))
  .pipe(updateMeBodySchema);

export const healthProfileResolver = contractResolver(healthProfileFormSchema);
