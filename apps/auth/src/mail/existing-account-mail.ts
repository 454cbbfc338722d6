import { greetingOf } from './greeting';
import { type MailContent, renderHtml } from './layout';

/** Sent instead of a verification link when someone signs up with an address that has an account. */
export function existingAccountMail(input: { name: string; frontendOrigin: string }): MailContent {
  const loginUrl = `${input.frontendOrigin.replace(/\/+$/, '')}/login`;
  const greeting = greetingOf(input.name);
  return {
    subject: 'Someone tried to sign up with your address',
    text: `${greeting.text}

Someone just tried to create a HormoHelp account with this email address, which already has an account.

If it was you, sign in here: ${loginUrl}
If you forgot your password, choose "Forgot password" on that page.

If it was not you, you can ignore this email. Your account has not been changed.

The HormoHelp team
`,
    html: renderHtml({
      greeting: greeting.html,
      paragraphs: [
        'Someone just tried to create a HormoHelp account with this email address, which already has an account.',
        'If it was you, sign in below. If you forgot your password, choose “Forgot password” on the sign-in page.',
        'If it was not you, you can ignore this email. Your account has not been changed.',
      ],
      action: { label: 'Sign in', url: loginUrl },
    }),
  };
}
