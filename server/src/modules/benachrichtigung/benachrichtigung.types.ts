import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Eine System-E-Mail des Netzwerks an die Werkstatt und ob sie versendet wurde.' })
export class Benachrichtigung {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'Betreff der E-Mail.' }) betreff: string;
  @Field({ description: 'Empfängeradresse.' }) empfaenger: string;
  @Field({ description: 'Zeitpunkt, zu dem die E-Mail zum Versand eingereiht wurde.' }) erstelltAm: Date;
  @Field(() => Date, { nullable: true, description: 'Zeitpunkt des Versands; null, solange sie noch nicht versendet ist.' }) versendetAm: Date | null;
}
