import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserType } from '@app/auth';
import { CurrentViewer, Loaders, type RequestLoaders, type Viewer } from '@app/common';
import { CalendarTokenLoader } from '../meeting.loaders.js';
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
    @Loaders() loaders: RequestLoaders,
  ) {
    if (user.id !== viewer.userId) return null;
    const token = await loaders.get(CalendarTokenLoader).load(viewer.userId);
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
