const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Anything a user typed (their name) goes through this before it enters HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** One HTML frame for every mail: inline styles only, since mail clients drop <style> and scripts. */
export function renderHtml(parts: {
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}): string {
  const button = parts.action
    ? `<p><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;padding:12px 20px;background:#9d174d;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(parts.action.label)}</a></p>
<p style="font-size:13px;color:#555">If the button does not work, paste this link into your browser:<br>${escapeHtml(parts.action.url)}</p>`
    : '';
  return `<!doctype html>
<html><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;color:#9d174d">HormoHelp</h1>
<p>${parts.greeting}</p>
${parts.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
${button}
<p style="font-size:13px;color:#555">The HormoHelp team</p>
</body></html>`;
}

export function link(frontendOrigin: string, path: string, token: string): string {
  return `${frontendOrigin.replace(/\/+$/, '')}${path}?token=${encodeURIComponent(token)}`;
}
