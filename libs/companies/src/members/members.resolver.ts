import { Args, ID, Mutation, Parent, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { belongsTo, canSeeCompany, CompanyPeopleLoader, isStaff, LocaleEnum, UserType } from '@app/auth';
import { CurrentViewer, Loaders, type Locale, type RequestLoaders, type Viewer } from '@app/common';
import type { CompanyEntity } from '../company.entity.js';
import { CompanyLoader, ConnectedCompaniesLoader } from '../company.loaders.js';
import { CompanyType } from '../dto/company.types.js';
import { MembersService } from './members.service.js';

export const InviteRoleEnum = { MEMBER: 'MEMBER', COMPANY_ADMIN: 'COMPANY_ADMIN' } as const;
registerEnumType(InviteRoleEnum, { name: 'InviteRole' });

@Resolver(() => UserType)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

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
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!user.companyId) return null;
    const company = await loaders.get(CompanyLoader).load(user.companyId);
    return company && canSeeCompany(viewer, company) ? company : null;
  }

  /**
   * Contact details are for the person, their colleagues, staff, and the people of a company
   * connected with theirs by a meeting (see docs/meetings.md); others see them masked.
   */
  @ResolveField(() => String)
  async email(@Parent() user: UserType, @CurrentViewer() viewer: Viewer, @Loaders() loaders: RequestLoaders) {
    if (
      user.id === viewer.userId ||
      isStaff(viewer) ||
      (user.companyId && user.companyId === viewer.companyId)
    ) {
      return user.email;
    }
    if (user.companyId && viewer.companyId) {
      if ((await loaders.get(ConnectedCompaniesLoader).load(viewer.companyId))?.includes(user.companyId))
        return user.email;
    }
    const [local, domain] = user.email.split('@');
    return `${local.slice(0, 1)}•••@${domain ?? ''}`;
  }
}

@Resolver(() => CompanyType)
export class CompanyMembersResolver {
  @ResolveField(() => [UserType], {
    description: 'The people of a company: for its own members and staff only.',
  })
  async members(
    @Parent() company: CompanyEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!isStaff(viewer) && !belongsTo(viewer, company.id)) return [];
    return (await loaders.get(CompanyPeopleLoader).load(company.id)) ?? [];
  }
}
