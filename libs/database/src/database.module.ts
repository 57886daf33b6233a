import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source.options.js';
import { QueryErrorLogger } from './query-error-logger.js';

/** The app's PostgreSQL connection; entities register themselves through `forFeature`. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL),
        autoLoadEntities: true,
        retryAttempts: 0,
        logging: ['error'],
        logger: new QueryErrorLogger(),
      }),
    }),
  ],
})
export class DatabaseModule {}
