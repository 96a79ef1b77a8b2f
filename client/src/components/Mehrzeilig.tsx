import type { ReactNode } from 'react';

const URL_MUSTER = /(https:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g;

/**
 * Free text from the server (Hinweis text, remarks, ticket messages): line breaks kept, https
 * links made clickable, everything else rendered as plain text (never as HTML).
 */
export function Mehrzeilig({ text }: { text: string }) {
  const teile: ReactNode[] = text.split(URL_MUSTER).map((teil, i) =>
    i % 2 === 1 ? (
      <a key={i} href={teil} rel="noopener noreferrer" target="_blank">
        {teil}
        <span className="visually-hidden"> (öffnet in neuem Fenster)</span>
      </a>
    ) : (
      teil
    ),
  );
  return <span className="mehrzeilig">{teile}</span>;
}
