import { Clock } from '../../server/src/common/zeit';

/**
 * A clock the test sets: `startTestServer({ clock: uhr })`, then `uhr.vorstellen({ tage: 15 })` to let
 * deadlines pass. Time stands still between calls, so results do not depend on how fast the test runs.
 */
export class TestUhr implements Clock {
  private jetzt: Date;

  constructor(start: Date | string = '2026-03-02T09:00:00.000Z') {
    this.jetzt = new Date(start);
    if (Number.isNaN(this.jetzt.getTime())) throw new Error(`TestUhr: ungültige Startzeit ${String(start)}`);
  }

  now(): Date {
    return new Date(this.jetzt.getTime());
  }

  setzen(zeit: Date | string): void {
    this.jetzt = new Date(zeit);
  }

  vorstellen(dauer: { tage?: number; stunden?: number; minuten?: number; sekunden?: number; ms?: number }): void {
    const ms =
      (dauer.tage ?? 0) * 86_400_000 + (dauer.stunden ?? 0) * 3_600_000 + (dauer.minuten ?? 0) * 60_000 + (dauer.sekunden ?? 0) * 1000 + (dauer.ms ?? 0);
    this.jetzt = new Date(this.jetzt.getTime() + ms);
  }
}
