import { AuthChecker, Authorized } from 'type-graphql';
import { Rolle } from '../common/enums';
import { RequestContext } from './context';
import { keinZugriff, nichtAngemeldet } from './fehler';

/** Open to everyone, also without login (only `anmelden` and the like). */
export const OEFFENTLICH = 'OEFFENTLICH';
/** Any logged-in caller, whatever the role. */
export const ANGEMELDET = 'ANGEMELDET';

export type Zugriffsregel = Rolle | typeof OEFFENTLICH | typeof ANGEMELDET;

/**
 * Declares who may call an operation (architecture rule 6). Every query and mutation carries one;
 * test/e2e/schema.e2e.test.ts fails on an operation without it.
 */
export function Zugriff(...regeln: [Zugriffsregel, ...Zugriffsregel[]]): MethodDecorator & PropertyDecorator {
  return Authorized(...regeln);
}

/** No login → UNAUTHENTICATED; logged in with a role the operation does not name → FORBIDDEN. */
export const authChecker: AuthChecker<RequestContext, string> = ({ context }, regeln) => {
  if (regeln.includes(OEFFENTLICH)) return true;
  if (!context.aufrufer) throw nichtAngemeldet();
  if (regeln.includes(ANGEMELDET) || regeln.includes(context.aufrufer.rolle)) return true;
  throw keinZugriff();
};
