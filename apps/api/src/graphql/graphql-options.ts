import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import type { GraphqlContext, PasserelleRequest } from '@app/common';

const SCHEMA_FILE = join(process.cwd(), 'schema.graphql');

/**
 * Apollo settings per environment. Development and tests write `schema.graphql` (committed, the
 * web app's typed operations are generated from it); production keeps the schema in memory,
 * hides introspection and field suggestions, and never shows stack traces.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.isProduction;
  return {
    path: '/graphql',
    autoSchemaFile: production ? true : SCHEMA_FILE,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: production
      ? [ApolloServerPluginDisableSuggestions()]
      : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
    context: ({ req, extra }: { req?: PasserelleRequest; extra?: { request?: PasserelleRequest } }) =>
      ({ req: req ?? extra?.request }) as GraphqlContext,
  };
}
