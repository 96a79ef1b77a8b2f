import pino from 'pino';

/** Fields that carry secrets or personal data; redacted at the top level and two levels down. */
const GESCHUETZTE_FELDER = [
  // secrets
  'passwort', 'altesPasswort', 'neuesPasswort', 'token', 'schluessel', 'authorization', 'cookie',
  // personal data of customers and users
  'kundeName', 'kundeAnschrift', 'kundeTelefon', 'kennzeichen', 'fin', 'email', 'empfaenger', 'benutzernameOderEmail',
];

/**
 * Structured JSON logs. Fields that may carry secrets or personal data are redacted wherever they
 * appear (`[entfernt]`). `ziel`: another destination (tests).
 */
export function loggerErstellen(level: string = 'info', ziel?: pino.DestinationStream) {
  const optionen: pino.LoggerOptions = {
    level,
    base: { dienst: 'spn-portal' },
    redact: {
      paths: [...GESCHUETZTE_FELDER, ...GESCHUETZTE_FELDER.map((f) => `*.${f}`), ...GESCHUETZTE_FELDER.map((f) => `*.*.${f}`), 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[entfernt]',
    },
  };
  return ziel ? pino(optionen, ziel) : pino(optionen);
}

export type Logger = ReturnType<typeof loggerErstellen>;
