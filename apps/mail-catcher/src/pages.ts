import type { CaughtMessage } from './message-store';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

// Everything from a mail is escaped; the mail's own HTML is shown only inside a sandboxed iframe
// (no scripts, no same-origin, no forms), and the page's CSP forbids scripts altogether.
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'";

const STYLE = `body{font-family:system-ui,sans-serif;max-width:960px;margin:0 auto;padding:16px;color:#222}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:6px 8px;border-bottom:1px solid #ddd}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:12px}iframe{width:100%;height:480px;border:1px solid #ccc}
a{color:#9d174d}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** Escapes the text, then turns each http(s) URL in it into a link. */
export function linkify(text: string): string {
  return escapeHtml(text).replace(
    /https?:\/\/[^\s<>"']+/g,
    (url) => `<a href="${url}" target="_blank" rel="noopener noreferrer">${url}</a>`,
  );
}

export function renderList(messages: CaughtMessage[]): string {
  const rows = messages
    .map(
      (message) =>
        `<tr><td>${escapeHtml(new Date(message.date).toLocaleString('en-GB', { timeZone: 'UTC' }))} UTC</td><td>${escapeHtml(message.from)}</td><td>${escapeHtml(message.to.join(', '))}</td><td><a href="/messages/${message.id}">${escapeHtml(message.subject || '(no subject)')}</a></td></tr>`,
    )
    .join('');
  const table = messages.length
    ? `<table><thead><tr><th>Time</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : '<p>No mail yet. Mail sent by the local services appears here.</p>';
  return page(
    'Mail catcher',
    `<h1>Mail catcher</h1><p>${messages.length} message(s), newest first.</p>${table}`,
  );
}

export function renderMessage(message: CaughtMessage): string {
  const html = message.html
    ? `<h2>HTML</h2><iframe sandbox srcdoc="${escapeHtml(message.html)}" title="HTML body"></iframe>`
    : '';
  return page(
    message.subject,
    `<p><a href="/">← All messages</a></p><h1>${escapeHtml(message.subject || '(no subject)')}</h1>
<p>From: ${escapeHtml(message.from)}<br>To: ${escapeHtml(message.to.join(', '))}<br>Date: ${escapeHtml(message.date)}</p>
<h2>Text</h2><pre>${linkify(message.text)}</pre>${html}`,
  );
}
