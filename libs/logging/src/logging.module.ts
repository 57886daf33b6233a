import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '@app/config';

/**
 * Structured JSON logs (pino). Each HTTP request carries a request id (the caller's
 * `x-request-id` or a new one), echoed in the response so a support case can be traced.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          genReqId: (req: IncomingMessage, res: ServerResponse) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', '*.secret'],
            censor: '[redacted]',
          },
          autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
          serializers: {
            // Calendar, unsubscribe and trade-mission follow-up links carry a secret in their path.
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url
                .replace(/^\/calendar\/[^/.?]+/, '/calendar/[secret]')
                .replace(/^\/follow-up\/[^/.?]+/, '/follow-up/[secret]')
                .replace(/^\/digest\/unsubscribe\/[^/?]+/, '/digest/unsubscribe/[secret]'),
            }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
