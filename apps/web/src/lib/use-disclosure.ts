import { useCallback, useEffect, useId, useRef, useState } from 'react';

/**
 * A button that shows and hides a panel: the WAI-ARIA disclosure pattern, which suits a list of
 * links better than role="menu" (every link stays a link, reached with Tab). Escape closes it and
 * puts focus back on the button; a press outside closes it and leaves focus where the press put it.
 */
export function useDisclosure<Container extends HTMLElement, Button extends HTMLElement>() {
  const [isOpen, setIsOpen] = useState(false);
  const containerRef = useRef<Container>(null);
  const buttonRef = useRef<Button>(null);
  const panelId = useId();
  const close = useCallback(() => setIsOpen(false), []);

  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      buttonRef.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (containerRef.current && !containerRef.current.contains(event.target as Node)) setIsOpen(false);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [isOpen]);

  return {
    isOpen,
    close,
    containerRef,
    buttonProps: {
      ref: buttonRef,
      'aria-expanded': isOpen,
      'aria-controls': panelId,
      onClick: () => setIsOpen((open) => !open),
    },
    panelProps: { id: panelId, hidden: !isOpen },
  };
}
