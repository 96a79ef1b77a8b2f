import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';
import { FehlerCode } from '../common/enums';

/** An expected business failure, returned in a payload's `fehler` list (never thrown). */
@ObjectType({ description: 'Ein erwarteter fachlicher Fehler einer Mutation, mit einer Meldung, nach der eine Werkstatt handeln kann.' })
export class Fehler {
  @Field(() => FehlerCode, { description: 'Art des Fehlers.' }) code: FehlerCode;
  @Field(() => [String], { nullable: true, description: 'Pfad des betroffenen Eingabefelds, z. B. ["input", "termin"].' }) feld?: string[] | null;
  @Field({ description: 'Verständliche Meldung auf Deutsch: was nicht stimmt und was zu tun ist.' }) meldung: string;

  static von(code: FehlerCode, meldung: string, feld?: string[]): Fehler {
    return Object.assign(new Fehler(), { code, meldung, feld: feld ?? null });
  }
}

/** Thrown inside a service to abort its transaction with expected failures; the resolver turns it into `fehler`. */
export class FachlicherFehler extends Error {
  constructor(readonly fehler: Fehler[]) {
    super(fehler.map((f) => f.meldung).join(' '));
  }
  static von(code: FehlerCode, meldung: string, feld?: string[]): FachlicherFehler {
    return new FachlicherFehler([Fehler.von(code, meldung, feld)]);
  }
}

export function nichtAngemeldet(): GraphQLError {
  return new GraphQLError('Bitte melden Sie sich an.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function keinZugriff(): GraphQLError {
  return new GraphQLError('Für diese Operation fehlt Ihnen die Berechtigung.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
