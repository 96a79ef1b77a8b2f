import { Feld } from '../Formular';

interface Props<T extends string> {
  id: string;
  label: string;
  value: T | '';
  optionen: { wert: T; text: string }[];
  onChange: (wert: T | '') => void;
  fehler?: string;
}

/** A labelled select with an empty first choice ("Bitte wählen"). */
export function Auswahlfeld<T extends string>({ id, label, value, optionen, onChange, fehler }: Props<T>) {
  return (
    <Feld id={id} label={label} fehler={fehler}>
      {(aria) => (
        <select {...aria} name={id} required value={value} onChange={(e) => onChange(e.target.value as T | '')}>
          <option value="">Bitte wählen</option>
          {optionen.map((o) => (
            <option key={o.wert} value={o.wert}>
              {o.text}
            </option>
          ))}
        </select>
      )}
    </Feld>
  );
}
