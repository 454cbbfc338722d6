import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailCatcher, type MailCatcher } from '../src/mail-catcher';

let catcher: MailCatcher;
let transport: nodemailer.Transporter;

beforeAll(async () => {
  catcher = await createMailCatcher({ smtpPort: 0, httpPort: 0 });
  transport = nodemailer.createTransport({ host: '127.0.0.1', port: catcher.smtpPort, secure: false });
});
afterAll(async () => {
  transport.close();
  await catcher.stop();
});
beforeEach(() => catcher.clear());

const send = (subject: string, extra: Partial<nodemailer.SendMailOptions> = {}) =>
  transport.sendMail({
    from: 'HormoHelp <no-reply@hormohelp.local>',
    to: 'asha@example.com',
    subject,
    text: 'Open https://app.example/verify-email?token=abc123 to continue.',
    html: '<p>Open <a href="https://app.example/verify-email?token=abc123&amp;x=1">this</a></p>',
    ...extra,
  });

describe('mail catcher', () => {
  it('answers its health check', async () => {
    const response = await fetch(`${catcher.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('when a mail arrives over SMTP, the JSON API lists it parsed, with its links, newest first', async () => {
    await send('first');
    await send('second');
    const response = await fetch(`${catcher.url}/api/messages`);
    const { items } = (await response.json()) as { items: Array<Record<string, unknown>> };
    expect(items.map((item) => item.subject)).toEqual(['second', 'first']);
    expect(items[0]).toMatchObject({
      from: 'no-reply@hormohelp.local',
      to: ['asha@example.com'],
      text: expect.stringContaining('token=abc123'),
      html: expect.stringContaining('<a href='),
      links: [
        'https://app.example/verify-email?token=abc123',
        'https://app.example/verify-email?token=abc123&x=1',
      ],
    });
    expect(new Date(items[0]!.date as string).getTime()).not.toBeNaN();
  });

  it('the page lists messages and opens each one with its links clickable', async () => {
    await send('Verify your email');
    const list = await (await fetch(catcher.url)).text();
    expect(list).toContain('Verify your email');
    expect(list).toContain('asha@example.com');
    const id = catcher.messages()[0]!.id;
    expect(list).toContain(`href="/messages/${id}"`);

    const view = await fetch(`${catcher.url}/messages/${id}`);
    expect(view.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await view.text();
    expect(html).toContain(
      '<a href="https://app.example/verify-email?token=abc123" target="_blank" rel="noopener noreferrer">',
    );
  });

  it("never injects a mail's HTML into the page: it is escaped into a sandboxed iframe", async () => {
    await send('<script>alert(1)</script>', {
      text: 'hello <img src=x onerror=alert(1)>',
      html: '<script>alert("pwned")</script><p>hi</p>',
    });
    const id = catcher.messages()[0]!.id;
    const html = await (await fetch(`${catcher.url}/messages/${id}`)).text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<iframe sandbox srcdoc="&lt;script&gt;alert(&quot;pwned&quot;)');
    const list = await (await fetch(catcher.url)).text();
    expect(list).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('DELETE /api/messages empties the mailbox', async () => {
    await send('to be deleted');
    const response = await fetch(`${catcher.url}/api/messages`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    const { items } = (await (await fetch(`${catcher.url}/api/messages`)).json()) as { items: unknown[] };
    expect(items).toEqual([]);
  });

  it('an unknown message or path is 404', async () => {
    expect((await fetch(`${catcher.url}/messages/nope`)).status).toBe(404);
    expect((await fetch(`${catcher.url}/elsewhere`)).status).toBe(404);
  });

  it('waitFor resolves with a mail that arrives later', async () => {
    const waiting = catcher.waitFor((message) => message.subject === 'later');
    await send('later');
    await expect(waiting).resolves.toMatchObject({ subject: 'later' });
  });
});
