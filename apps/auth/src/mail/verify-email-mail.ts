import { greetingOf } from './greeting';
import { link, type MailContent, renderHtml } from './layout';

export function verifyEmailMail(input: { name: string; token: string; frontendOrigin: string }): MailContent {
  const url = link(input.frontendOrigin, '/verify-email', input.token);
  const greeting = greetingOf(input.name);
  return {
    subject: 'Verify your email for HormoHelp',
    text: `${greeting.text}

Welcome to HormoHelp. Please confirm your email address by opening this link:

${url}

The link is valid for 24 hours. If you did not create an account, you can ignore this email.

The HormoHelp team
`,
    html: renderHtml({
      greeting: greeting.html,
      paragraphs: [
        'Welcome to HormoHelp. Please confirm your email address.',
        'The link is valid for 24 hours. If you did not create an account, you can ignore this email.',
      ],
      action: { label: 'Verify my email', url },
    }),
  };
}
