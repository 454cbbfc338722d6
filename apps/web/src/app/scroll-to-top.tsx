import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * A new page starts at its top (unless the link points at an anchor on it), and keyboard and screen
 * reader focus moves to the start of its content instead of staying on a link that is gone.
 */
export function ScrollToTop() {
  const { pathname, hash } = useLocation();
  const isFirstPage = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new pathname is the reason to scroll
  useEffect(() => {
    if (hash) {
      document.getElementById(hash.slice(1))?.scrollIntoView();
      return;
    }
    window.scrollTo(0, 0);
    if (isFirstPage.current) {
      isFirstPage.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname, hash]);
  return null;
}
