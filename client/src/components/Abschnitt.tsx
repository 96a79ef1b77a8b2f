import { useId, type ReactNode } from 'react';

interface AbschnittProps {
  titel: string;
  children: ReactNode;
  className?: string;
}

/** A titled section of a page (h2), labelled by its heading. */
export function Abschnitt({ titel, children, className }: AbschnittProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `abschnitt ${className}` : 'abschnitt'}>
      <h2 id={id}>{titel}</h2>
      {children}
    </section>
  );
}

/** The short sentence of an empty section ("Keine Rechnung eingegangen"). */
export function Leer({ children }: { children: ReactNode }) {
  return <p className="leer">{children}</p>;
}
