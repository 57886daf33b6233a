import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLSchema } from 'graphql';
import type { Redis } from 'ioredis';
import { join } from 'node:path';
import type { ViewerService } from '@app/auth';
import type { AppConfig } from '@app/config';
import type { NotificationBus } from '@app/notifications';
import {
  DateTimeScalar,
  type GraphqlContext,
  type LoaderRegistry,
  type PasserelleRequest,
} from '@app/common';
import { compiledExecution } from './execution/compiled-execution.js';
import { queryLimitsPlugin } from './limits/query-limits.plugin.js';
import { graphqlLanguagePlugin } from './operations/graphql-language.js';
import { nulCharactersPlugin } from './operations/null-characters.js';
import { operationChoicePlugin } from './operations/operation-choice.js';
import { subscriptionLimits } from './limits/subscription-limits.js';
import { SocketSessions } from './sockets/socket-sessions.js';
import { SubscriptionSlots } from './sockets/subscription-slots.js';

const SCHEMA_FILE = join(process.cwd(), 'schema.graphql');

/**
 * Apollo settings per environment. Development and tests write `schema.graphql` (committed, the
 * web app's typed operations are generated from it); production keeps the schema in memory,
 * hides introspection and field suggestions, and never shows stack traces. Every document is
 * measured before it runs (limits/); batches of up to GRAPHQL_MAX_BATCH operations are allowed,
 * each operation measured and rate-limited on its own. Operations run compiled (execution/).
 */
export function graphqlOptions(
  config: AppConfig,
  viewers: ViewerService,
  bus: NotificationBus,
  loaders: LoaderRegistry,
  redis: Redis,
): ApolloDriverConfig {
  const production = config.isProduction;
  const sessions = new SocketSessions(
    config,
    () => viewers,
    () => bus,
    new SubscriptionSlots(config, redis),
  );
  const limits = subscriptionLimits(config, () => schema!);
  // Operations over the WebSocket are measured against the schema Nest builds from the resolvers.
  let schema: GraphQLSchema | undefined;
  const options: ApolloDriverConfig = {
    path: '/graphql',
    autoSchemaFile: production ? true : SCHEMA_FILE,
    sortSchema: true,
    // Dates of the resolvers' classes are read strictly (libs/common/src/graphql/date-time.scalar.ts).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The web app sends whole documents; a cache of documents by hash is only more to attack.
    persistedQueries: false,
    allowBatchedHttpRequests: true,
    plugins: [
      queryLimitsPlugin(config, viewers),
      operationChoicePlugin(viewers),
      nulCharactersPlugin(viewers),
      graphqlLanguagePlugin(viewers, { hideSuggestions: production }),
      // No response is cached by HTTP caches (every answer depends on who asks); left on, the
      // cache-control plugin would wrap every field resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      ...(production
        ? [ApolloServerPluginDisableSuggestions()]
        : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    transformSchema: (built: GraphQLSchema) => (schema = built),
    subscriptions: {
      // Nest's type leaves `onComplete` out but hands every option to graphql-ws.
      'graphql-ws': Object.assign(
        {
          // Each operation: the sign-in checked again and the caps (sockets/), then the limits.
          onSubscribe: async (
            ctx: Parameters<typeof limits>[0],
            id: string,
            payload: Parameters<typeof limits>[2],
          ) => {
            const refused = await sessions.subscribing(ctx, id);
            if (refused) return refused;
            const operation = limits(ctx, id, payload);
            if (Array.isArray(operation)) sessions.completed(ctx, id);
            return operation;
          },
          onClose: (ctx: Parameters<typeof limits>[0]) => sessions.closed(ctx),
          // A browser cannot set headers on a WebSocket: the bearer token comes in the connection
          // params and goes where the global guard reads it, on the socket's upgrade request.
          onConnect: (ctx: Parameters<typeof limits>[0]) => {
            const { connectionParams } = ctx;
            const authorization = connectionParams?.authorization ?? connectionParams?.Authorization;
            const request = (ctx.extra as { request: PasserelleRequest }).request;
            if (typeof authorization !== 'string') return sessions.connected(ctx, undefined);
            request.headers.authorization = authorization;
            return sessions.connected(ctx, authorization);
          },
        },
        {
          onComplete: (ctx: Parameters<typeof limits>[0], id: string) => sessions.completed(ctx, id),
        },
      ),
    },
    context: ({ req, extra }: { req?: PasserelleRequest; extra?: { request?: PasserelleRequest } }) => {
      const request = (req ?? extra?.request)!;
      return { req: request, loaders: loaders.forRequest(request) } satisfies GraphqlContext;
    },
  };
  // Nest's type leaves `gateway` out (its federation driver owns the name) but hands it to Apollo.
  return Object.assign(options, { gateway: compiledExecution(() => schema!) });
}
