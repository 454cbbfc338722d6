import { escapeHtml } from './layout';

/** Long enough for nearly every name; too short to pass a sentence off as ours. */
export const SHOWN_NAME_MAX = 40;

// Something a mail client would turn into a link: a scheme, www., an address, or a domain name.
const LINK_LIKE = /[a-z][\w+.-]*:\/\/|www\.|@|[\p{L}\p{N}-]+\.[\p{L}]{2,}/iu;
const QUOTES = /["“”„‟«»]/gu;
// Invisible characters, among them the ones that reverse the direction of the text after them;
// not the joiners (U+200C, U+200D), which some scripts and emoji need.
const INVISIBLE = /(?![\u200C\u200D])[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;
// Line breaks and other control characters count as spaces: the name stays on its one line.
const SEPARATORS = /[\s\p{Z}\p{Cc}]+/gu;

/**
 * The name someone typed at signup, as a mail may show it: on one line, without control or
 * direction-changing characters, without quotation marks (it is shown between them), at most
 * SHOWN_NAME_MAX characters. Undefined when it looks like a link or an address, which a mail
 * client would make clickable: anyone can sign up under any name with a stranger's email.
 */
export function shownNameOf(name: string): string | undefined {
  const plain = name.replace(INVISIBLE, '').replace(SEPARATORS, ' ').replace(QUOTES, "'").trim();
  if (plain === '' || LINK_LIKE.test(plain)) return undefined;
  const characters = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(plain)].map(
    (part) => part.segment,
  );
  if (characters.length <= SHOWN_NAME_MAX) return plain;
  return `${characters
    .slice(0, SHOWN_NAME_MAX - 1)
    .join('')
    .trimEnd()}…`;
}

/** "Hi “Name”," in the text and the HTML part; "Hi," when the name cannot be shown. */
export function greetingOf(name: string): { text: string; html: string } {
  const shown = shownNameOf(name);
  if (shown === undefined) return { text: 'Hi,', html: 'Hi,' };
  return { text: `Hi “${shown}”,`, html: `Hi “${escapeHtml(shown)}”,` };
}
