import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ASSOCIATIONS_TIME_ZONE,
  CurrentViewer,
  dayInZone,
  isActiveOn,
  KeptWithParent,
  Loaders,
  RequestLocale,
  type Locale,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import { labelOf, type CodeListName } from '@app/taxonomy';
import { CompaniesService } from './companies.service.js';
import type { CompanyEntity } from './company.entity.js';
import { CompanyFilter, CompanyProfileInput } from './dto/company.inputs.js';
import { CompanyConnection, CompanyType, Label, Membership } from './dto/company.types.js';
import { MembershipsLoader } from './company.loaders.js';
import { isNameOnly } from './name-only.js';

function labels(list: CodeListName, codes: string[], locale: Locale): Label[] {
  return codes.map((code) => ({ code, label: labelOf(list, code, locale) }));
}

/** The request's language when the company wrote it, else the other one. */
function inLocale(fr: string | null, en: string | null, locale: Locale): string | null {
  return (locale === 'fr' ? (fr ?? en) : (en ?? fr)) ?? null;
}

@Resolver(() => CompanyType)
export class CompaniesResolver {
  constructor(private readonly service: CompaniesService) {}

  @Query(() => CompanyType, { nullable: true })
  company(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(viewer, id);
  }

  @Query(() => CompanyConnection)
  companies(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { nullable: true }) filter?: CompanyFilter,
  ) {
    return this.service.list(viewer, filter, first, after);
  }

  @Mutation(() => CompanyType, { description: 'Edits a profile: a company admin their own, staff any.' })
  updateCompanyProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CompanyProfileInput,
    @Args('companyId', { type: () => ID, nullable: true }) companyId?: string,
  ) {
    return this.service.updateProfile(viewer, companyId, input);
  }

  @ResolveField(() => [Label])
  @KeptWithParent()
  sectors(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return labels('sectors', c.sectors, locale);
  }

  @ResolveField(() => [Label])
  @KeptWithParent()
  therapeuticAreas(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return labels('therapeuticAreas', c.therapeuticAreas, locale);
  }

  @ResolveField(() => [Label])
  @KeptWithParent()
  modalities(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return labels('modalities', c.modalities, locale);
  }

  @ResolveField(() => Label, { nullable: true })
  @KeptWithParent()
  stage(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return c.stage ? labels('stages', [c.stage], locale)[0] : null;
  }

  @ResolveField(() => Label, { nullable: true })
  @KeptWithParent()
  size(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return c.size ? labels('sizes', [c.size], locale)[0] : null;
  }

  @ResolveField(() => [Label])
  @KeptWithParent()
  offers(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return labels('capabilities', c.offers, locale);
  }

  @ResolveField(() => [Label])
  @KeptWithParent()
  seeks(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return labels('capabilities', c.seeks, locale);
  }

  @ResolveField(() => [Label])
  @KeptWithParent()
  partnershipTypes(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return labels('partnershipTypes', c.partnershipTypes, locale);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'In the request’s language when given, else the other.',
  })
  @KeptWithParent()
  description(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return inLocale(c.descriptionFr, c.descriptionEn, locale);
  }

  @ResolveField(() => String, { nullable: true, description: 'What the company looks for, in free text.' })
  @KeptWithParent()
  seeking(@Parent() c: CompanyEntity, @RequestLocale() locale: Locale) {
    return inLocale(c.seekingFr, c.seekingEn, locale);
  }

  @ResolveField(() => String, { nullable: true })
  @KeptWithParent()
  descriptionFr(@Parent() c: CompanyEntity) {
    return c.descriptionFr;
  }

  @ResolveField(() => String, { nullable: true })
  @KeptWithParent()
  descriptionEn(@Parent() c: CompanyEntity) {
    return c.descriptionEn;
  }

  @ResolveField(() => String, { nullable: true })
  @KeptWithParent()
  seekingFr(@Parent() c: CompanyEntity) {
    return c.seekingFr;
  }

  @ResolveField(() => String, { nullable: true })
  @KeptWithParent()
  seekingEn(@Parent() c: CompanyEntity) {
    return c.seekingEn;
  }

  @ResolveField(() => [Membership])
  async memberships(@Parent() c: CompanyEntity, @Loaders() loaders: RequestLoaders): Promise<Membership[]> {
    if (isNameOnly(c)) return [];
    const today = dayInZone(new Date(), ASSOCIATIONS_TIME_ZONE);
    return ((await loaders.get(MembershipsLoader).load(c.id)) ?? []).map((m) => ({
      association: m.association,
      memberSince: m.memberSince,
      expiresOn: m.expiresOn,
      active: isActiveOn(m, today),
    }));
  }
}
