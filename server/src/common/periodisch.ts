/**
 * A background job that runs one pass every `intervallMs` (never two passes at once) and can be
 * stopped gracefully: `stop()` cancels the next pass and waits for the one that is running.
 */
export interface PeriodischerLauf {
  start(): void;
  /** Stops the loop; resolves when the current pass (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * `durchlauf` returns true when there is more work right away (e.g. a full batch): the next pass then
 * starts at once instead of after the interval. An error in a pass goes to `beiFehler`; the loop goes on.
 */
export function periodisch(intervallMs: number, durchlauf: () => Promise<boolean>, beiFehler: (e: unknown) => void): PeriodischerLauf {
  let timer: NodeJS.Timeout | undefined;
  let laufend: Promise<void> | undefined;
  let gestoppt = true;

  const planen = (ms: number) => {
    if (gestoppt) return;
    timer = setTimeout(ausfuehren, ms);
    // Background work alone does not keep the process (or a test run) alive.
    timer.unref();
  };

  function ausfuehren(): void {
    timer = undefined;
    laufend = (async () => {
      let weiter = false;
      try {
        weiter = await durchlauf();
      } catch (e) {
        beiFehler(e);
      }
      laufend = undefined;
      planen(weiter ? 0 : intervallMs);
    })();
  }

  return {
    start() {
      if (!gestoppt) return;
      gestoppt = false;
      planen(0);
    },
    async stop() {
      gestoppt = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await laufend;
    },
  };
}
