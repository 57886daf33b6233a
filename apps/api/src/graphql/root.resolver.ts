import { Query, Resolver } from '@nestjs/graphql';

/** Placeholder-free root: the schema needs at least one query even before the domains register. */
@Resolver()
export class RootResolver {
  @Query(() => String, { description: 'The API version, for clients that check compatibility.' })
  apiVersion(): string {
    return '1';
  }
}
