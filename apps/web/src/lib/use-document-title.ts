import { useEffect } from 'react';

/** Sets the tab title for the page being shown: "<title> · HormoHelp". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · HormoHelp`;
  }, [title]);
}
