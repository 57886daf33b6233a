import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { toClientError, type Locale } from '@app/common';

const logger = new Logger('Events');

/**
 * Field resolvers run without Nest's exception filters, so a staff-only field raises the contract's
 * error (code and message in the caller's language) itself.
 */
export function fieldError(error: unknown, locale: Locale): GraphQLError {
  const client = toClientError(error, locale, logger);
  return new GraphQLError(client.message, { extensions: client.extensions });
}
