import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';

interface AccessClaims {
  sub: string;
  ver: number;
}

/** Tokens whose signature was checked, kept until they expire; the oldest go first beyond this. */
const MAX_VERIFIED = 10_000;

/** Short-lived access tokens; bumping a user's token_version revokes every token issued before. */
@Injectable()
export class TokenService {
  /** A session sends the same token with every call: its signature need not be checked each time. */
  private readonly verified = new Map<string, AccessClaims & { exp: number }>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get accessTokenSeconds(): number {
    return Math.round(this.config.ACCESS_TOKEN_MINUTES * 60);
  }

  issueAccessToken(userId: string, tokenVersion: number): string {
    const claims: AccessClaims = { sub: userId, ver: tokenVersion };
    return this.jwt.sign(claims, { expiresIn: this.accessTokenSeconds });
  }

  verifyAccessToken(token: string): AccessClaims | undefined {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 > Date.now()) return known;
      this.verified.delete(token);
      return undefined;
    }
    try {
      const claims = this.jwt.verify<AccessClaims & { exp: number }>(token);
      if (typeof claims.sub !== 'string' || typeof claims.ver !== 'number') return undefined;
      if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, claims);
      return claims;
    } catch {
      return undefined;
    }
  }
}
