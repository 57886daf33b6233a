import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PeopleRepository } from '@app/auth';
import { AppException, Public, type LocalizedText } from '@app/common';
import { UnsubscribeLinks } from './unsubscribe-links.js';

const LINK_THING: LocalizedText = { fr: 'Lien de désabonnement', en: 'Unsubscribe link' };

/** Both languages on one page: the link does not say which the person reads. */
function page(body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Passerelle</title></head><body>
${body}</body></html>`;
}

const CONFIRM = page(`<p lang="fr">Ne plus recevoir le résumé hebdomadaire de Passerelle ?</p>
<p lang="en">Stop receiving the Passerelle weekly digest?</p>
<form method="post"><button type="submit">Me désabonner / Unsubscribe</button></form>`);

const DONE =
  page(`<p lang="fr">C’est fait : vous ne recevrez plus le résumé hebdomadaire. Vous pouvez le réactiver dans votre profil.</p>
<p lang="en">Done: you will no longer receive the weekly digest. You can turn it back on in your profile.</p>`);

/**
 * One-click unsubscribe (RFC 8058), no sign-in: the signed token in the path is the key. A mail
 * provider POSTs `List-Unsubscribe=One-Click`; a person who opens the link gets a confirmation
 * page first (a GET never unsubscribes: link scanners open links). Using it twice is harmless.
 */
@Public()
@Controller('digest/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly people: PeopleRepository,
  ) {}

  @Get(':token')
  confirm(@Param('token') token: string, @Res() res: Response): void {
    this.userOf(token);
    this.html(res, CONFIRM);
  }

  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.people.stopDigest(this.userOf(token));
    this.html(res, DONE);
  }

  private userOf(token: string): string {
    const userId = this.links.verify(token);
    if (!userId) throw AppException.notFound(LINK_THING);
    return userId;
  }

  private html(res: Response, body: string): void {
    res
      .status(200)
      .setHeader('Content-Type', 'text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('X-Robots-Tag', 'noindex')
      .send(body);
  }
}
