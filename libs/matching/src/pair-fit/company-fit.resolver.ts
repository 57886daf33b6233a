import { Injectable } from '@nestjs/common';
import { Field, Float, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  Loaders,
  RequestLocale,
  type BatchLoader,
  type Locale,
  type RequestLoaders,
  type Viewer,
} from '@app/common';
import { CompanyType, type CompanyEntity } from '@app/companies';
import { MatchReason } from '../dto/matching.types.js';
import { renderReasons } from '../feed/suggestion.js';
import { pairKey, PairFitService, type PairFit } from './pair-fit.service.js';

@ObjectType({ description: 'How well a company suits the viewer’s own company, and why.' })
export class CompanyFit {
  @Field(() => Float, { description: '0..1' })
  score!: number;

  @Field(() => [MatchReason], {
    description: 'Best first, addressed to the viewer’s company (“you”), in the request’s language.',
  })
  reasons!: MatchReason[];
}

/** Each company's fit with the viewer's company: one query for a whole page (a directory, attendees). */
@Injectable()
export class CompanyFitLoader implements BatchLoader<string, PairFit> {
  constructor(private readonly fits: PairFitService) {}

  async load(ids: readonly string[], viewer: Viewer | undefined) {
    const own = viewer?.companyId;
    if (!own) return ids.map(() => null);
    const found = await this.fits.fitsOf(ids.map((partnerId) => ({ companyId: own, partnerId })));
    return ids.map((id) => found.get(pairKey(own, id)) ?? null);
  }
}

/**
 * `Company.fitWithMe`: the pair seen from the viewer's company. Staff have no company of their
 * own, so they get none: reasons say "you" and would otherwise speak to staff as if they were it.
 */
@Resolver(() => CompanyType)
export class CompanyFitResolver {
  @ResolveField(() => CompanyFit, {
    nullable: true,
    description:
      'How well the company suits the viewer’s company; none for one’s own company, without a company, or when either company does not take part in matchmaking.',
  })
  async fitWithMe(
    @Parent() company: CompanyEntity,
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CompanyFit | null> {
    const own = viewer.companyId;
    if (!own || own === company.id) return null;
    const fit = await loaders.get(CompanyFitLoader).load(company.id);
    if (fit?.score == null) return null;
    return { score: fit.score, reasons: renderReasons(fit.reasons, locale) };
  }
}
