import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ImpressionsRepository } from './impressions.repository.js';

/**
 * Counts what members were shown, for the associations' partnership report. Counts gather in
 * memory and are added to the database every few seconds (`IMPRESSION_FLUSH_SECONDS`), before
 * each report and at shutdown: writing them with each feed request would make concurrent readers
 * of one feed queue on the same rows.
 */
@Injectable()
export class ImpressionCounter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ImpressionCounter.name);
  private pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly impressions: ImpressionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), this.config.IMPRESSION_FLUSH_SECONDS * 1000);
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
    try {
      await this.impressions.add(
        [...batch].map(([key, shown]) => {
          const [companyId, partnerId] = key.split('|');
          return { companyId, partnerId, shown };
        }),
      );
    } catch (error) {
      this.logger.warn(`Impressions not recorded: ${(error as Error).message}`);
    }
  }
}
