import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaughtMessage } from '../../mail-catcher/src/message-store';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { signUp, uniqueEmail } from './support/flows';

// Anyone can sign up with a stranger's address under any name: the name must not read as our words.
let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h.stop());

async function verificationMailFor(name: string): Promise<CaughtMessage> {
  const email = uniqueEmail();
  await signUp(h, email, name);
  return h.mail.waitFor((m) => m.to.includes(email));
}

/** The greeting line of the text part and the greeting paragraph of the HTML part. */
function greetingsOf(mail: CaughtMessage): { text: string; html: string } {
  return {
    text: mail.text.split('\n')[0]!,
    html: /<h1[^>]*>HormoHelp<\/h1>\s*<p>([^<]*)<\/p>/.exec(mail.html ?? '')![1]!,
  };
}

describe('the name in the mails', () => {
  it('when the name is ordinary, the verification mail shows it in quotes in both parts', async () => {
    const mail = await verificationMailFor('Asha Rao');
    expect(greetingsOf(mail)).toEqual({ text: 'Hi “Asha Rao”,', html: 'Hi “Asha Rao”,' });
  });

  it('when the name is a sentence, at most 40 characters of it are shown, on one line, cut with an ellipsis', async () => {
    const mail = await verificationMailFor(
      'Asha\n\nYour account is locked. Reply with your password to keep it open',
    );
    const shown = 'Asha Your account is locked. Reply with…';
    expect([...shown]).toHaveLength(40);
    expect(greetingsOf(mail)).toEqual({ text: `Hi “${shown}”,`, html: `Hi “${shown}”,` });
    expect(mail.text).not.toContain('keep it open');
    expect(mail.html).not.toContain('keep it open');
  });

  it('when the name holds quotation marks or direction overrides, they cannot close or turn the quotation', async () => {
    const quoted = await verificationMailFor('Asha” — from HormoHelp: act now “');
    expect(greetingsOf(quoted).text).toBe("Hi “Asha' — from HormoHelp: act now '”,");
    const reversed = await verificationMailFor('Asha\u202E”won tca\u202C Rao');
    expect(greetingsOf(reversed).text).toBe("Hi “Asha'won tca Rao”,");
  });

  it('when the name is or holds a link, the mail shows no name and no link but its own', async () => {
    for (const name of [
      'Visit https://evil.example/claim now',
      'claim at evil-prize.com today',
      'www.evil.example',
      'write to refunds@evil.example',
    ]) {
      const mail = await verificationMailFor(name);
      expect(greetingsOf(mail), name).toEqual({ text: 'Hi,', html: 'Hi,' });
      expect(mail.text).not.toMatch(/evil/);
      expect(mail.html).not.toMatch(/evil/);
      expect(
        mail.links.every((link) => link.startsWith('http://app.hormohelp.test/verify-email?token=')),
      ).toBe(true);
    }
  });

  it('the password-reset mail and the existing-account notice show the name the same way', async () => {
    const email = uniqueEmail();
    await signUp(h, email, 'Prize at evil.example');
    await h.mail.waitFor((m) => m.to.includes(email));
    h.mail.clear();

    await h.request('POST', '/auth/forgot-password', { body: { email } });
    const reset = await h.mail.waitFor((m) => m.to.includes(email));
    expect(greetingsOf(reset)).toEqual({ text: 'Hi,', html: 'Hi,' });
    h.mail.clear();

    await h.request('POST', '/auth/signup', {
      body: { email, password: 'another-Secret-99', name: 'Asha Rao' },
    });
    const notice = await h.mail.waitFor((m) => m.to.includes(email));
    expect(greetingsOf(notice)).toEqual({ text: 'Hi,', html: 'Hi,' });
    expect(notice.text).not.toMatch(/evil/);
  });
});
