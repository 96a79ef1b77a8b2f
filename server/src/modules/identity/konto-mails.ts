/**
 * The German texts of the account e-mails. Links carry the token in the fragment (`#token=…`): the
 * browser does not send it to any server, so it ends up in no access log or referrer.
 */
const ZEIT = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function zeitText(d: Date): string {
  return `${ZEIT.format(d)} Uhr`;
}

export const EINLADUNG_PFAD = '/einladung';
export const PASSWORT_ZURUECKSETZEN_PFAD = '/passwort-zuruecksetzen';

export function kontoLink(basisUrl: string, pfad: string, token: string): string {
  return `${basisUrl}${pfad}#token=${token}`;
}

export interface Mail {
  betreff: string;
  text: string;
}

export function einladungsMail(d: {
  name: string;
  benutzername: string;
  werkstatt: string | null;
  istAdmin: boolean;
  einladender: string;
  link: string;
  gueltigBis: Date;
}): Mail {
  const rolle = d.werkstatt ? (d.istAdmin ? `als Administrator/in der Werkstatt „${d.werkstatt}“` : `als Mitarbeiter/in der Werkstatt „${d.werkstatt}“`) : 'als Mitarbeiter/in des SPN-Netzwerks';
  return {
    betreff: 'Einladung zum SPN Self-Service-Portal',
    text: [
      `Guten Tag ${d.name},`,
      '',
      `${d.einladender} hat Sie ${rolle} zum SPN Self-Service-Portal eingeladen.`,
      `Ihr Benutzername: ${d.benutzername}`,
      '',
      'Bitte legen Sie über diesen Link Ihr Passwort fest:',
      d.link,
      '',
      `Der Link ist bis ${zeitText(d.gueltigBis)} gültig und kann nur einmal verwendet werden. Ist er abgelaufen, fordern Sie auf der Anmeldeseite über „Passwort vergessen“ einen neuen an.`,
      '',
      'Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
      '',
      'Ihr SPN-Netzwerk',
    ].join('\n'),
  };
}

export function zuruecksetzenMail(d: { name: string; benutzername: string; link: string; gueltigBis: Date }): Mail {
  return {
    betreff: 'Passwort zurücksetzen – SPN Self-Service-Portal',
    text: [
      `Guten Tag ${d.name},`,
      '',
      `für Ihr Konto „${d.benutzername}“ im SPN Self-Service-Portal wurde ein neues Passwort angefordert.`,
      '',
      'Über diesen Link legen Sie ein neues Passwort fest:',
      d.link,
      '',
      `Der Link ist eine Stunde gültig (bis ${zeitText(d.gueltigBis)}) und kann nur einmal verwendet werden.`,
      '',
      'Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
      '',
      'Ihr SPN-Netzwerk',
    ].join('\n'),
  };
}
