import { existingAccountMail } from './existing-account-mail';
import type { MailContent } from './layout';
import { resetPasswordMail } from './reset-password-mail';
import { verifyEmailMail } from './verify-email-mail';

/**
 * A mail job's data: what renders the mail at send time, the frontend origin aside. A verification
 * or reset job holds its link's token, so job data is never logged and is deleted soon after the
 * job ends.
 */
export type MailJob =
  | { kind: 'verify-email'; to: string; name: string; token: string }
  | { kind: 'reset-password'; to: string; name: string; token: string }
  | { kind: 'existing-account'; to: string; name: string };

export function renderMail(job: MailJob, frontendOrigin: string): MailContent {
  switch (job.kind) {
    case 'verify-email':
      return verifyEmailMail({ name: job.name, token: job.token, frontendOrigin });
    case 'reset-password':
      return resetPasswordMail({ name: job.name, token: job.token, frontendOrigin });
    case 'existing-account':
      return existingAccountMail({ name: job.name, frontendOrigin });
  }
}
