import { randomUUID } from 'node:crypto';

export interface CaughtMessage {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  date: string;
  /** The Message-ID header, as the sender wrote it ('' when there was none). */
  messageId: string;
  /** Whether it came over a connection upgraded with STARTTLS. */
  encrypted: boolean;
  links: string[];
}

const URL_PATTERN = /https?:\/\/[^\s<>"'()]+/g;
const MAX_MESSAGES = 500;

/** Every http(s) URL in the plain text and in the HTML's href attributes, once each, in order. */
export function extractLinks(text: string, html: string | null): string[] {
  const hrefs = [...(html ?? '').matchAll(/href="([^"]+)"/g)].map((match) => decodeEntities(match[1]!));
  const found = [...(text.match(URL_PATTERN) ?? []), ...hrefs].filter((url) => /^https?:\/\//.test(url));
  return [...new Set(found)];
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** In memory only, newest first, the oldest dropped past MAX_MESSAGES: a local tool, not a mailbox. */
export class MessageStore {
  private messages: CaughtMessage[] = [];

  add(message: Omit<CaughtMessage, 'id' | 'links'>): CaughtMessage {
    const stored = { id: randomUUID(), ...message, links: extractLinks(message.text, message.html) };
    this.messages = [stored, ...this.messages].slice(0, MAX_MESSAGES);
    return stored;
  }

  list(): CaughtMessage[] {
    return [...this.messages];
  }

  find(id: string): CaughtMessage | undefined {
    return this.messages.find((message) => message.id === id);
  }

  clear(): void {
    this.messages = [];
  }
}
