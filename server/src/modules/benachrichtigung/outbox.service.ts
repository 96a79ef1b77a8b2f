import { BenachrichtigungAnlass, BenachrichtigungEntity } from './benachrichtigung.entity';
import type { Vorgang } from '../auftrag/auftrag-lifecycle.service';

export interface NeueBenachrichtigung {
  auftragId: number | null;
  anlass: BenachrichtigungAnlass;
  empfaenger: string;
  betreff: string;
  text: string;
}

/**
 * Puts a system e-mail into the outbox inside the caller's transaction: it exists exactly when the
 * change it reports was committed. Delivery is the outbox worker's job.
 */
export async function benachrichtigungEinreihen(v: Vorgang, mail: NeueBenachrichtigung): Promise<BenachrichtigungEntity> {
  const entity = v.m.getRepository(BenachrichtigungEntity).create({
    ...mail,
    erstelltAm: v.jetzt,
    versendetAm: null,
    versuche: 0,
    naechsterVersuchAm: v.jetzt,
    letzterFehler: null,
    gesperrtBis: null,
    gesperrtVon: null,
  });
  await v.m.insert(BenachrichtigungEntity, entity);
  return entity;
}
