import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AccountsModule } from '@app/auth';
import { DashboardAccess } from './dashboard-access.js';
import { QueueDashboard } from './queue-dashboard.js';
import { QueueDashboardResolver } from './queue-dashboard.resolver.js';

/** Bull Board for staff at /admin/queues, in the API process (the queues come from QueueModule). */
@Module({
  imports: [AccountsModule, AuditModule],
  providers: [DashboardAccess, QueueDashboard, QueueDashboardResolver],
})
export class QueueDashboardModule {}
