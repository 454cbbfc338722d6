import { updateMeBodySchema } from '@hormohelp/contracts';
import { z } from 'zod';
import { contractResolver } from '@/lib/forms/contract-resolver';
import { healthProfileFieldsSchema } from '@/lib/forms/health-profile-schema';
import { toHealthAnswers } from '@/lib/health-profile-options';
import { CONSENT_MESSAGE } from './onboarding-values';

/**
 * The answers with the consent ticked, submitted as the PATCH /users/me body the contract accepts:
 * consent and answers in one request (the API records the consent first), `completedAt` marking
 * onboarding as done.
 */
const onboardingFormSchema = healthProfileFieldsSchema
  .extend({ healthDataConsent: z.boolean().refine((agreed) => agreed, CONSENT_MESSAGE) })
  .transform(
    (values): z.input<typeof updateMeBodySchema> => ({
      healthDataConsent: true,
      onboardingData: { ...toHealthAnswers(values), completedAt: new Date().toISOString() },
    }),
  )
  .pipe(updateMeBodySchema);

export const onboardingResolver = contractResolver(onboardingFormSchema);
