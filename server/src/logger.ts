import pino from 'pino';

/**
 * Structured JSON logs. Fields that may carry personal data are redacted wherever they appear.
 */
export function loggerErstellen(level: string = 'info') {
  return pino({
    level,
    base: { dienst: 'spn-portal' },
    redact: {
      paths: ['*.passwort', '*.token', '*.authorization', '*.cookie', '*.kundeName', '*.kundeAnschrift', '*.kundeTelefon', '*.kennzeichen', '*.fin', 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[entfernt]',
    },
  });
}

export type Logger = ReturnType<typeof loggerErstellen>;
