import { useEffect, useRef } from 'react';

/** A ref to the element that takes the focus when it appears, if `shouldFocus`; e.g. a form's title. */
export function useFocusOnMount<T extends HTMLElement>(shouldFocus: boolean) {
  const ref = useRef<T>(null);
  const wanted = useRef(shouldFocus);
  useEffect(() => {
    if (wanted.current) ref.current?.focus();
  }, []);
  return ref;
}
