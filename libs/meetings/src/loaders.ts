import type { UsersService, UserEntity } from '@app/auth';
import { alignByKey, requestLoader, type GraphqlContext } from '@app/common';
import type { CompaniesService, CompanyEntity } from '@app/companies';

/** Companies by id, one query per request (the same loader the companies domain uses). */
export function companyLoader(context: GraphqlContext, companies: CompaniesService) {
  return requestLoader<string, CompanyEntity>(context.req, 'company.byId', async (ids) =>
    alignByKey(ids, await companies.findByIds(ids), (c) => c.id),
  );
}

export function userLoader(context: GraphqlContext, users: UsersService) {
  return requestLoader<string, UserEntity>(context.req, 'user.byId', async (ids) =>
    alignByKey(ids, await users.findByIds(ids), (u) => u.id),
  );
}
