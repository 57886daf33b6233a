import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { Public } from '@app/common';
import { hasPendingMigrations } from '@app/database';
import { REDIS } from '@app/redis';

/** Liveness for the process; readiness for what serving needs: PostgreSQL, Redis, the schema. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly postgres: TypeOrmHealthIndicator,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.postgres.pingCheck('postgres', { timeout: 1500 }),
      () => this.redisCheck(),
      () => this.migrationsCheck(),
    ]);
  }

  private async redisCheck() {
    const indicator = this.indicators.check('redis');
    try {
      await this.redis.ping();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  private async migrationsCheck() {
    const indicator = this.indicators.check('migrations');
    try {
      return (await hasPendingMigrations(this.dataSource))
        ? indicator.down({ message: 'pending' })
        : indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
