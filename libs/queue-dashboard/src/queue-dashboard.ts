import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { AppException, HTTP_STATUS_OF_CODE, localeFromAcceptLanguage, toClientError } from '@app/common';
import { QueueName } from '@app/queue';
import { DashboardAccess, QUEUES_PATH } from './dashboard-access.js';

/**
 * Bull Board, mounted on the API's HTTP server at /admin/queues, for staff only: every request
 * (page, assets and the board's own API) passes the same check first; anyone else gets the
 * contract's UNAUTHENTICATED or FORBIDDEN in their language.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  private readonly logger = new Logger('QueueDashboard');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly access: DashboardAccess,
  ) {}

  onModuleInit(): void {
    const http = this.adapterHost.httpAdapter;
    if (!http) return;
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUES_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map(
        (name) => new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })),
      ),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Passerelle' } },
    });
    http.getInstance().use(
      QUEUES_PATH,
      (req: Request, res: Response, next: NextFunction) => {
        this.guard(req, res, next).catch(next);
      },
      serverAdapter.getRouter(),
    );
  }

  private async guard(req: Request, res: Response, next: NextFunction): Promise<void> {
    const staff = await this.access.staffOf(req.headers.authorization, req.headers.cookie);
    if (staff) return next();
    const someone = await this.access.anyone(req.headers.authorization);
    const locale = someone?.locale ?? localeFromAcceptLanguage(req.headers['accept-language']) ?? 'en';
    const error = toClientError(
      someone ? AppException.forbidden() : AppException.unauthenticated(),
      locale,
      this.logger,
    );
    res
      .status(HTTP_STATUS_OF_CODE[error.extensions.code as keyof typeof HTTP_STATUS_OF_CODE])
      .json({ errors: [error] });
  }
}
