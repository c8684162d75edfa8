import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldMergeFunction,
  type Reference,
  type StoreObject,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { UserManager } from 'oidc-client-ts';

/** Lists of unkeyed objects (a version's goals, a goal's actions): merged item by item, fields from every query kept. */
const mergeByPosition: FieldMergeFunction<Reference[] | StoreObject[]> = (existing, incoming, { mergeObjects }) =>
  incoming.map((item, index) => {
    const previous = existing?.[index];
    return previous ? mergeObjects(previous as StoreObject, item as StoreObject) : item;
  }) as StoreObject[];

/**
 * One Apollo Client per signed-in tab: every request carries the current access token (renewed by oidc-client-ts),
 * and an UNAUTHENTICATED answer (a token the gateway refuses) sends the person to sign in again.
 */
export function createApolloClient(gatewayUrl: string, userManager: UserManager): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const user = await userManager.getUser();
    const headers = (previous.headers ?? {}) as Record<string, string>;
    return user ? { headers: { ...headers, authorization: `Bearer ${user.access_token}` } } : {};
  });
  const signInAgain = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) {
      void userManager.removeUser().then(() => userManager.signinRedirect({ state: { returnTo: window.location.pathname } }));
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([signInAgain, auth, new HttpLink({ uri: gatewayUrl })]),
    cache: new InMemoryCache({
      typePolicies: {
        // A plan's versions share its id (actionPlanHistory): each version is its own record.
        ActionPlan: { keyFields: ['id', 'version'], fields: { goals: { merge: mergeByPosition } } },
        // Goals and actions keep their ids across versions; they live inside the version that holds them, and the
        // record's summary and the full plan (two queries) merge into one list rather than replace each other.
        PlanGoal: { keyFields: false, fields: { actions: { merge: mergeByPosition } } },
        PlanAction: { keyFields: false },
        // Lists of things without ids of their own.
        Eligibility: { keyFields: false },
        PlanAgreement: { keyFields: false },
      },
    }),
  });
}
