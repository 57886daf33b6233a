import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserType } from '@app/auth';
import { CurrentViewer, requestLoader, type GraphqlContext, type Viewer } from '@app/common';
import { CalendarLinks } from './calendar-links.js';

/** The signed-in person's secret calendar-feed link, on `me`; nobody else ever sees it. */
@Resolver(() => UserType)
export class CalendarFeedResolver {
  constructor(private readonly links: CalendarLinks) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'A secret link to subscribe to one’s meetings from Google Calendar, Outlook or Apple Calendar. Only for oneself.',
  })
  async calendarFeedUrl(
    @Parent() user: UserType,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    if (user.id !== viewer.userId) return null;
    const token = await viewerCalendarToken(context, this.links, viewer);
    return token ? this.links.feedUrl(token) : null;
  }

  @Mutation(() => String, {
    description:
      'Replaces one’s calendar links; the old ones stop working (e.g. after sharing one by mistake).',
  })
  async resetCalendarFeedUrl(@CurrentViewer() viewer: Viewer) {
    return this.links.feedUrl(await this.links.reset(viewer.userId));
  }
}

/** The viewer's own calendar token, read once per request. */
export function viewerCalendarToken(context: GraphqlContext, links: CalendarLinks, viewer: Viewer) {
  const loader = requestLoader<string, string>(context.req, 'calendar.token', async (ids) => {
    const tokens = await links.tokensOf(ids);
    return ids.map((id) => tokens.get(id) ?? null);
  });
  return loader.load(viewer.userId);
}
