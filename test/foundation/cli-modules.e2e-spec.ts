import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { AppConfigModule, loadConfig, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DigestRunner } from '@app/digests';
import { EVENT_ATTENDANCE, MeetingRequestsService } from '@app/meetings';
import { QueueModule } from '@app/queue';
import { RedisModule } from '@app/redis';
import { CLI_DOMAIN_MODULES } from '../../apps/cli/src/cli-domain-modules.js';
import { createTestDatabase } from '../support/test-database.js';

@Module({})
class CliLikeModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliLikeModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        QueueModule.forProducer(),
        ...CLI_DOMAIN_MODULES,
      ],
    };
  }
}

// The command line assembles the domain services without the API or the worker: the ports its
// services ask for (EVENT_ATTENDANCE) must be bound there too, or every command fails to start.
describe('the command line’s modules', () => {
  it('start with every service the commands use, ports bound', async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `test_${randomBytes(5).toString('hex')}`,
    });
    const app = await NestFactory.createApplicationContext(CliLikeModule.register(config), {
      logger: false,
      abortOnError: false,
    });
    try {
      expect(app.get(DigestRunner, { strict: false })).toBeDefined();
      expect(app.get(MeetingRequestsService, { strict: false })).toBeDefined();
      expect(app.get(EVENT_ATTENDANCE, { strict: false })).toBeDefined();
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
