import { zodResolver } from '@hookform/resolvers/zod';
import { createBookingBodySchema } from '@hormohelp/contracts';
import type { z } from 'zod';

/** What each step of the wizard says when it is left without its choice. */
const MISSING_CHOICE: Record<string, string> = {
  expertId: 'Choose an expert to continue',
  type: 'Choose how you would like to talk',
  date: 'Choose a time',
  time: 'Choose a time',
};

/**
 * Words for the contract's issues in the wizard's terms: a choice not made yet, or notes too long.
 * The rules themselves are the contract's (POST /api/bookings), so the wizard refuses what the API
 * would.
 */
function describeBookingIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const field = String(issue.path?.[0]);
  if (field === 'notes' && issue.code === 'too_big') return `Keep notes under ${issue.maximum} characters`;
  return MISSING_CHOICE[field];
}

export const bookingResolver = zodResolver(createBookingBodySchema, { error: describeBookingIssue });
