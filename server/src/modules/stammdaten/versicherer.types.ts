import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Ein Versicherer des Netzwerks.' })
export class Versicherer {
  @Field(() => ID, { description: 'Technische ID.' }) id: number;
  @Field({ description: 'Name des Versicherers.' }) name: string;
  @Field(() => DecimalScalar, { description: 'Netzwerk-Nachlass, der von jeder Freigabe abgezogen wird, in Prozent, z. B. "5.00".' })
  nachlassProzent: number;
  @Field(() => DecimalScalar, { description: 'Pauschale, die ein KV-Service-Auftrag abrechnen darf.' }) kvServicePauschale: number;
}
