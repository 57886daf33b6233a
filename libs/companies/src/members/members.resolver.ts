import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { belongsTo, canSeeCompany, isStaff, LocaleEnum, UsersService, UserType } from '@app/auth';
import {
  CurrentViewer,
  groupByKey,
  requestLoader,
  type GraphqlContext,
  type Locale,
  type Viewer,
} from '@app/common';
import { CompaniesService } from '../companies.service.js';
import type { CompanyEntity } from '../company.entity.js';
import { companyLoader } from '../company.loader.js';
import { CompanyType } from '../dto/company.types.js';
import { MembersService } from './members.service.js';

export const InviteRoleEnum = { MEMBER: 'MEMBER', COMPANY_ADMIN: 'COMPANY_ADMIN' } as const;
registerEnumType(InviteRoleEnum, { name: 'InviteRole' });

@Resolver(() => UserType)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly companies: CompaniesService,
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => UserType, {
    description: 'Invites a person to a company (staff, or an admin of that company).',
  })
  inviteMember(
    @CurrentViewer() viewer: Viewer,
    @Args('email') email: string,
    @Args('name') name: string,
    @Args('role', { type: () => InviteRoleEnum, defaultValue: 'MEMBER' }) role: 'MEMBER' | 'COMPANY_ADMIN',
    @Args('locale', { type: () => LocaleEnum, defaultValue: 'fr' }) locale: Locale,
    @Args('companyId', { type: () => ID, nullable: true }) companyId?: string,
  ) {
    return this.members.invite(viewer, companyId, { email, name, role, locale });
  }

  @ResolveField(() => CompanyType, { nullable: true })
  async company(
    @Parent() user: UserType,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    if (!user.companyId) return null;
    const company = await companyLoader(context, this.companies).load(user.companyId);
    return company && canSeeCompany(viewer, company) ? company : null;
  }

  /**
   * Contact details are for the person, their colleagues, staff, and the people of a company
   * connected with theirs by a meeting (see docs/meetings.md); others see them masked.
   */
  @ResolveField(() => String)
  async email(@Parent() user: UserType, @CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext) {
    if (
      user.id === viewer.userId ||
      isStaff(viewer) ||
      (user.companyId && user.companyId === viewer.companyId)
    ) {
      return user.email;
    }
    if (user.companyId && viewer.companyId) {
      const connected = requestLoader<string, string[]>(context.req, 'company.connectedWith', async (ids) => {
        const rows: { company_id: string; other: string }[] = await this.dataSource.query(
          `SELECT company_a AS company_id, company_b AS other FROM connections WHERE company_a = ANY($1::uuid[])
           UNION ALL SELECT company_b, company_a FROM connections WHERE company_b = ANY($1::uuid[])`,
          [ids],
        );
        return groupByKey(ids, rows, (r) => r.company_id).map((group) => group.map((r) => r.other));
      });
      if ((await connected.load(viewer.companyId))?.includes(user.companyId)) return user.email;
    }
    const [local, domain] = user.email.split('@');
    return `${local.slice(0, 1)}•••@${domain ?? ''}`;
  }
}

@Resolver(() => CompanyType)
export class CompanyMembersResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => [UserType], {
    description: 'The people of a company: for its own members and staff only.',
  })
  async members(
    @Parent() company: CompanyEntity,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    if (!isStaff(viewer) && !belongsTo(viewer, company.id)) return [];
    const loader = requestLoader<string, UserType[]>(context.req, 'company.members', async (ids) =>
      groupByKey(ids, await this.users.findByCompanyIds(ids), (u) => u.companyId ?? ''),
    );
    return (await loader.load(company.id)) ?? [];
  }
}
