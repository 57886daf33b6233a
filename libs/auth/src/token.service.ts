import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';

interface AccessClaims {
  sub: string;
  ver: number;
}

/** Short-lived access tokens; bumping a user's token_version revokes every token issued before. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get accessTokenSeconds(): number {
    return Math.round(this.config.ACCESS_TOKEN_MINUTES * 60);
  }

  issueAccessToken(userId: string, tokenVersion: number): string {
    const claims: AccessClaims = { sub: userId, ver: tokenVersion };
    return this.jwt.sign(claims, {
      secret: this.config.JWT_SECRET,
      expiresIn: this.accessTokenSeconds,
      algorithm: 'HS256',
      issuer: 'passerelle',
    });
  }

  verifyAccessToken(token: string): AccessClaims | undefined {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, {
        secret: this.config.JWT_SECRET,
        algorithms: ['HS256'],
        issuer: 'passerelle',
      });
      return typeof claims.sub === 'string' && typeof claims.ver === 'number' ? claims : undefined;
    } catch {
      return undefined;
    }
  }
}
