import { Cookie } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from './button';

const CONSENT_KEY = 'hormohelp.cookie-notice';

function hasAcknowledged(): boolean {
  try {
    return window.localStorage.getItem(CONSENT_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * HormoHelp sets one cookie, the strictly necessary refresh cookie, so this is a notice, not a
 * choice. What is remembered is only that the notice was read (a date), never a token.
 */
export function CookieBanner() {
  const [isVisible, setIsVisible] = useState(() => !hasAcknowledged());
  if (!isVisible) return null;

  function acknowledge() {
    try {
      window.localStorage.setItem(CONSENT_KEY, new Date().toISOString());
    } catch {
      // Storage can be blocked (private mode); the notice then simply closes for this visit.
    }
    setIsVisible(false);
  }

  return (
    <section
      aria-label="Cookie notice"
      className="fixed inset-x-0 bottom-0 z-50 border-t border-stone-200 bg-white/95 shadow-lg backdrop-blur"
    >
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:px-6">
        <Cookie className="hidden h-6 w-6 shrink-0 text-brand-700 sm:block" aria-hidden="true" />
        <p className="text-sm text-stone-700">
          We use a single, strictly necessary cookie to keep you signed in securely. No advertising or
          tracking cookies, ever.{' '}
          <Link to="/privacy#cookies" className="font-medium text-brand-700 underline hover:text-brand-800">
            Read about our cookie
          </Link>
        </p>
        <Button size="sm" className="shrink-0 self-end sm:self-auto" onClick={acknowledge}>
          Got it
        </Button>
      </div>
    </section>
  );
}
