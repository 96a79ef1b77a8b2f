import type { ReactNode } from 'react';

export interface Angabe {
  label: string;
  wert: ReactNode;
}

/** A list of label/value pairs (a description list). */
export function Angaben({ angaben, className }: { angaben: Angabe[]; className?: string }) {
  return (
    <dl className={className ? `angaben ${className}` : 'angaben'}>
      {angaben.map((angabe) => (
        <div className="angabe" key={angabe.label}>
          <dt>{angabe.label}</dt>
          <dd>{angabe.wert}</dd>
        </div>
      ))}
    </dl>
  );
}
