import { Context, Field, Float, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  requestLoader,
  RequestLocale,
  type GraphqlContext,
  type Locale,
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

/**
 * `Company.fitWithMe`: the pair seen from the viewer's company. Staff have no company of their
 * own, so they get none: reasons say "you" and would otherwise speak to staff as if they were it.
 */
@Resolver(() => CompanyType)
export class CompanyFitResolver {
  constructor(private readonly fits: PairFitService) {}

  @ResolveField(() => CompanyFit, {
    nullable: true,
    description:
      'How well the company suits the viewer’s company; none for one’s own company, without a company, or when either company does not take part in matchmaking.',
  })
  async fitWithMe(
    @Parent() company: CompanyEntity,
    @CurrentViewer() viewer: Viewer,
    @RequestLocale() locale: Locale,
    @Context() context: GraphqlContext,
  ): Promise<CompanyFit | null> {
    const own = viewer.companyId;
    if (!own || own === company.id) return null;
    // One query for every company of a page (a directory page, an event's attendees).
    const loader = requestLoader<string, PairFit>(context.req, 'company.fitWithMe', async (ids) => {
      const found = await this.fits.fitsOf(ids.map((partnerId) => ({ companyId: own, partnerId })));
      return ids.map((id) => found.get(pairKey(own, id)) ?? null);
    });
    const fit = await loader.load(company.id);
    if (fit?.score == null) return null;
    return { score: fit.score, reasons: renderReasons(fit.reasons, locale) };
  }
}
