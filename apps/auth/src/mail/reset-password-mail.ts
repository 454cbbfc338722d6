import { greetingOf } from './greeting';
import { link, type MailContent, renderHtml } from './layout';

export function resetPasswordMail(input: {
  name: string;
  token: string;
  frontendOrigin: string;
}): MailContent {
  const url = link(input.frontendOrigin, '/reset-password', input.token);
  const greeting = greetingOf(input.name);
  return {
    subject: 'Reset your HormoHelp password',
    text: `${greeting.text}

Someone asked to reset the password of your HormoHelp account. To choose a new password, open this link:

${url}

The link is valid for 1 hour and works once. If you did not ask for this, ignore this email: your password stays as it is.

The HormoHelp team
`,
    html: renderHtml({
      greeting: greeting.html,
      paragraphs: [
        'Someone asked to reset the password of your HormoHelp account.',
        'The link is valid for 1 hour and works once. If you did not ask for this, ignore this email: your password stays as it is.',
      ],
      action: { label: 'Choose a new password', url },
    }),
  };
}
