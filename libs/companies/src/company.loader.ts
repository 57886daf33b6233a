import { alignByKey, requestLoader, type GraphqlContext } from '@app/common';
import type { CompaniesService } from './companies.service.js';
import type { CompanyEntity } from './company.entity.js';

/** Companies by id, one query per request, shared by every domain that resolves a company. */
export function companyLoader(context: GraphqlContext, companies: CompaniesService) {
  return requestLoader<string, CompanyEntity>(context.req, 'company.byId', async (ids) =>
    alignByKey(ids, await companies.findByIds(ids), (c) => c.id),
  );
}
