import { Context, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { AuditLog } from '@app/audit';
import { Roles } from '@app/auth';
import { CurrentViewer, type GraphqlContext, type Viewer } from '@app/common';
import { DashboardAccess, QUEUES_PATH } from './dashboard-access.js';

@ObjectType({ description: 'A browser session on the queue dashboard.' })
export class QueueDashboardAccess {
  @Field({ description: 'Where the dashboard is: open it in the same browser.' })
  path: string;

  @Field(() => Date)
  expiresAt: Date;
}

@Resolver()
export class QueueDashboardResolver {
  constructor(
    private readonly access: DashboardAccess,
    private readonly audit: AuditLog,
  ) {}

  @Roles('STAFF', 'ADMIN')
  @Mutation(() => QueueDashboardAccess, {
    description:
      'Staff: sets a short-lived, HTTP-only cookie (10 minutes) so this browser can open the job queue dashboard ' +
      'at /admin/queues. Scripts can use the bearer token there instead.',
  })
  async openQueueDashboard(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ): Promise<QueueDashboardAccess> {
    const { cookie, expiresAt } = await this.access.issue(viewer);
    context.req.res?.append('Set-Cookie', cookie);
    await this.audit.record(undefined, viewer, 'queues.dashboard.open', {
      expiresAt: expiresAt.toISOString(),
    });
    return { path: QUEUES_PATH, expiresAt };
  }
}
