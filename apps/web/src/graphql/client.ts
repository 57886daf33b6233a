import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

/** The API closes a socket with this code when its token expired or was revoked (docs/security.md). */
const SOCKET_UNAUTHORIZED = 4419;
/** ...and with this one when the account was deleted: sign out here, never reconnect. */
const SOCKET_ACCOUNT_DELETED = 4403;

export interface ClientHooks {
  /** A good access token (renewed when about to expire), or null when signed out. */
  token(): Promise<string | null>;
  /** A new access token whatever the current one's age (the API said it is no longer good). */
  renewedToken(): Promise<string | null>;
  signedIn(): boolean;
  locale(): string;
  /** Called when the API says the token is no longer good (expired or revoked). */
  onUnauthenticated(): void;
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/**
 * One client for queries, mutations (HTTP, same origin) and live notifications (graphql-ws on the
 * same `/graphql` path). Lists that grow page by page merge through relay-style cursors.
 */
export function createApolloClient(hooks: ClientHooks): ApolloClient {
  const headers = new SetContextLink(async (previous) => {
    const token = await hooks.token();
    return {
      headers: {
        ...previous.headers,
        'accept-language': hooks.locale(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });
  const errors = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      if (hooks.signedIn()) hooks.onUnauthenticated();
    }
  });
  const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  // Closed for its token: reconnect (graphql-ws resubscribes) with a renewed one.
  let renewOnConnect = false;
  const live = new GraphQLWsLink(
    createClient({
      url: socketUrl,
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) =>
        (event as { code?: number }).code !== SOCKET_ACCOUNT_DELETED && hooks.signedIn(),
      on: {
        closed: (event) => {
          const { code } = event as { code?: number };
          if (code === SOCKET_UNAUTHORIZED) renewOnConnect = true;
          if (code === SOCKET_ACCOUNT_DELETED && hooks.signedIn()) hooks.onUnauthenticated();
        },
      },
      connectionParams: async () => {
        const token = renewOnConnect ? await hooks.renewedToken() : await hooks.token();
        renewOnConnect = false;
        return { authorization: `Bearer ${token ?? ''}` };
      },
    }),
  );
  const http = ApolloLink.from([errors, headers, new HttpLink({ uri: '/graphql' })]);
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, live, http),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            companies: relayStylePagination(['filter']),
            suggestedConnections: relayStylePagination(['companyId', 'filter', 'includeHidden']),
            meetingRequests: relayStylePagination(['status', 'direction']),
            notifications: relayStylePagination(['unreadOnly']),
          },
        },
        SuggestedConnection: { keyFields: false },
        Label: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
