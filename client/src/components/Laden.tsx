/** A polite loading message (role="status"). */
export function Laden({ text = 'Wird geladen …' }: { text?: string }) {
  return (
    <p role="status" className="laden">
      {text}
    </p>
  );
}
