import type { MailCatcher } from '../../apps/mail-catcher/src/mail-catcher';

/**
 * Waits for the mail to `to` whose subject matches, and returns its link into the web app (a link
 * that starts with `webUrl` and has a `token`), as the person would click it.
 */
export async function readMailLink(
  mail: MailCatcher,
  { to, subject, webUrl }: { to: string; subject: RegExp; webUrl: string },
): Promise<string> {
  const message = await mail.waitFor(
    (candidate) => candidate.to.includes(to) && subject.test(candidate.subject),
    15_000,
  );
  const link = message.links.find(
    (url) => url.startsWith(`${webUrl}/`) && new URL(url).searchParams.has('token'),
  );
  if (!link)
    throw new Error(`the mail "${message.subject}" to ${to} has no link into ${webUrl}: ${message.links}`);
  return link;
}
