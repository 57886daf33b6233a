import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork } from '@app/database';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { RateLimiterModule } from '@app/rate-limit';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { InvitationService } from './invitations/invitation.service.js';
import { InvitationsRepository } from './invitations/invitations.repository.js';
import { PeopleModule } from './people/people.repository.js';
import { PasswordResetService } from './password-resets/password-reset.service.js';
import { PasswordResetsRepository } from './password-resets/password-resets.repository.js';
import { AuthPersonalDataRepository } from './privacy/auth-personal-data.repository.js';
import { RefreshTokenService } from './refresh-token.service.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { TokenService } from './token.service.js';
import { CompanyPeopleLoader, UserLoader } from './user.loaders.js';
import { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';
import { ViewerService } from './viewer.service.js';

/**
 * Access tokens are HS256 with issuer `passerelle`. The secret is turned into a key once: left as
 * a string, every verification would first try (and fail) to read it as a public key.
 */
const Jwt = JwtModule.registerAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    secret: createSecretKey(Buffer.from(config.JWT_SECRET)),
    signOptions: { algorithm: 'HS256', issuer: 'passerelle' },
    verifyOptions: { algorithms: ['HS256'], issuer: 'passerelle' },
  }),
});

/** Accounts and sign-in. `AuthModule` is for the API (it installs the global guard). */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    Jwt,
    PeopleModule,
    NotificationsModule,
    RateLimiterModule,
  ],
  providers: [
    UnitOfWork,
    UsersRepository,
    RefreshTokensRepository,
    InvitationsRepository,
    PasswordResetsRepository,
    AuthPersonalDataRepository,
    UsersService,
    TokenService,
    RefreshTokenService,
    ViewerService,
    InvitationService,
    PasswordResetService,
    AuthService,
  ],
  exports: [
    PeopleModule,
    UsersRepository,
    InvitationsRepository,
    UsersService,
    TokenService,
    RefreshTokenService,
    ViewerService,
    InvitationService,
    PasswordResetService,
    AuthService,
  ],
})
export class AccountsModule {}

@Module({
  imports: [AccountsModule],
  providers: [AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }, UserLoader, CompanyPeopleLoader],
  exports: [AccountsModule],
})
export class AuthModule {}
