import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, requestLocale, type GraphqlContext, type Viewer } from '@app/common';
import { NotificationBus, type PublishedNotification } from './notification-bus.js';
import { NotificationConnection, NotificationType } from './notification.types.js';
import { NotificationsService, render } from './notifications.service.js';

function renderLive(payload: PublishedNotification, _args: unknown, context: GraphqlContext) {
  return render(
    { ...payload, created_at: payload.createdAt, read_at: payload.readAt },
    requestLocale(context.req),
    payload.timeZone,
  );
}

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly bus: NotificationBus,
  ) {}

  @Query(() => NotificationConnection, { description: 'The signed-in person’s notifications, newest first.' })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ) {
    return this.service.list(viewer, first, after, unreadOnly ?? false);
  }

  @Mutation(() => [NotificationType], {
    description: 'Marks some of one’s notifications read; returns them.',
  })
  markRead(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.service.markRead(viewer, ids);
  }

  @Mutation(() => Int, { description: 'Marks every notification read; returns how many were unread.' })
  markAllRead(@CurrentViewer() viewer: Viewer) {
    return this.service.markAllRead(viewer);
  }

  @Subscription(() => NotificationType, {
    description: 'Each new notification of the signed-in person, as it happens (graphql-ws).',
    resolve: renderLive,
  })
  notificationAdded(@CurrentViewer() viewer: Viewer) {
    return this.bus.listen(viewer.userId);
  }
}
