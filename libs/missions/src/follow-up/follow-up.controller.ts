import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public, translate } from '@app/common';
import { FOLLOW_UP_TEXT } from './follow-up.messages.js';
import { MissionFollowUpService } from './follow-up.service.js';

/**
 * The one-click answers of the follow-up email: no sign-in, the link's secret token is the key.
 * The page says it in both languages (the reader may not be signed in anywhere).
 */
@Public()
@Controller('follow-up')
export class MissionFollowUpController {
  constructor(private readonly followUps: MissionFollowUpService) {}

  @Get(':token/:stage')
  async answer(@Param('token') token: string, @Param('stage') stage: string, @Res() res: Response) {
    const recorded = await this.followUps.answer(token, stage);
    const text = recorded ? FOLLOW_UP_TEXT.recorded : FOLLOW_UP_TEXT.gone;
    res
      .status(recorded ? 200 : 410)
      .setHeader('Content-Type', 'text/plain; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('X-Robots-Tag', 'noindex')
      .setHeader('Referrer-Policy', 'no-referrer')
      .send(`${translate(text, 'fr')}\n${translate(text, 'en')}\n`);
  }
}
