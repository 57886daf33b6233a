import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

const FLUSH_EVERY_MS = 5_000;

/**
 * Counts what members were shown, for the associations' partnership report. Counts gather in
 * memory and are added to the database every few seconds: writing them with each feed request
 * would make concurrent readers of one feed queue on the same rows.
 */
@Injectable()
export class ImpressionCounter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ImpressionCounter.name);
  private pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  record(companyId: string, partnerIds: string[]): void {
    for (const partnerId of partnerIds) {
      const key = `${companyId}|${partnerId}`;
      this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    }
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const pairs = [...batch.keys()].map((key) => key.split('|'));
    try {
      await this.dataSource.query(
        `INSERT INTO suggestion_impressions (company_id, partner_id, day, shown)
         SELECT c, p, current_date, n FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS t(c, p, n)
         ON CONFLICT (company_id, partner_id, day) DO UPDATE SET shown = suggestion_impressions.shown + EXCLUDED.shown`,
        [pairs.map(([c]) => c), pairs.map(([, p]) => p), [...batch.values()]],
      );
    } catch (error) {
      this.logger.warn(`Impressions not recorded: ${(error as Error).message}`);
    }
  }
}
