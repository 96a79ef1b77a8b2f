import { useEffect } from 'react';

export const PRODUKTNAME = 'SPN Self-Service-Portal';

/** Sets document.title to `<titel> – SPN Self-Service-Portal` while the page is shown. */
export function useDocumentTitle(titel: string): void {
  useEffect(() => {
    document.title = `${titel} – ${PRODUKTNAME}`;
  }, [titel]);
}
