import { escapeHtml, link, type MailContent, renderHtml } from './layout';

export function verifyEmailMail(input: { name: string; token: string; frontendOrigin: string }): MailContent {
  const url = link(input.frontendOrigin, '/verify-email', input.token);
  return {
    subject: 'Verify your email for HormoHelp',
    text: `Hi ${input.name},

Welcome to HormoHelp. Please confirm your email address by opening this link:

${url}

The link is valid for 24 hours. If you did not create an account, you can ignore this email.

The HormoHelp team
`,
    html: renderHtml({
      greeting: `Hi ${escapeHtml(input.name)},`,
      paragraphs: [
        'Welcome to HormoHelp. Please confirm your email address.',
        'The link is valid for 24 hours. If you did not create an account, you can ignore this email.',
      ],
      action: { label: 'Verify my email', url },
    }),
  };
}
