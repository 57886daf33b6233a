import type { UsersService, UserEntity } from '@app/auth';
import { alignByKey, requestLoader, type GraphqlContext } from '@app/common';

/** People by id, one query per request. */
export function userLoader(context: GraphqlContext, users: UsersService) {
  return requestLoader<string, UserEntity>(context.req, 'user.byId', async (ids) =>
    alignByKey(ids, await users.findByIds(ids), (u) => u.id),
  );
}
