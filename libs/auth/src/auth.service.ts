import { Inject, Injectable, Logger } from '@nestjs/common';
import { FieldProblems } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UnitOfWork } from '@app/database';
import { NotificationBus } from '@app/notifications';
import { LoginLockout } from '@app/rate-limit';
import { authError, CURRENT_PASSWORD_WRONG, PASSWORD_TOO_WEAK } from './auth.errors.js';
import { InvitationService } from './invitations/invitation.service.js';
import { hashForUnknownUser, verifyPassword } from './password.js';
import { isAcceptablePassword } from './password-rule.js';
import { checkPersonName } from './person-name.js';
import { PasswordResetService } from './password-resets/password-reset.service.js';
import { RefreshTokenService } from './refresh-token.service.js';
import { TokenService } from './token.service.js';
import type { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly invitations: InvitationService,
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lockout: LoginLockout,
    private readonly bus: NotificationBus,
    private readonly resets: PasswordResetService,
  ) {}

  /**
   * The same error, after the same work, whether the email is unknown or the password wrong. The
   * attempt is counted against the account (by id, whatever the spelling of its email) and the
   * address before the password is checked.
   */
  async login(email: string, password: string, address: string): Promise<SignedIn> {
    const user = await this.users.findByEmail(email);
    const attempt = await this.lockout.attempt(
      user ? { userId: user.id } : { normalisedEmail: await this.users.normalisedEmail(email) },
      address,
    );
    const valid = await verifyPassword(user?.passwordHash ?? (await hashForUnknownUser()), password);
    if (!user || !valid || user.deletedAt) throw authError('BAD_CREDENTIALS');
    await attempt.succeeded();
    return this.signIn(user);
  }

  /** A short-lived access token, and a refresh token starting a new session (a family). */
  async signIn(user: UserEntity, refreshToken?: string): Promise<SignedIn> {
    return {
      accessToken: this.tokens.issueAccessToken(user.id, user.tokenVersion),
      refreshToken: refreshToken ?? (await this.refreshTokens.issue(user.id)),
      expiresIn: this.tokens.accessTokenSeconds,
      user,
    };
  }

  /** Trades a refresh token for a new access token and its successor (see RefreshTokenService). */
  async refreshSession(refreshToken: string): Promise<SignedIn> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findById(rotated.userId);
    if (!user) throw authError('SESSION_ENDED');
    return this.signIn(user, rotated.refreshToken);
  }

  signOut(refreshToken: string): Promise<void> {
    return this.refreshTokens.revokeSession(refreshToken);
  }

  /** Every session of the person ends, and their open sockets close on every API instance. */
  async signOutEverywhere(userId: string): Promise<void> {
    await this.unitOfWork.run((tx) => this.users.revokeEverySession(userId, tx));
    await this.bus.publishSessionsEnded({ userId, deleted: false });
  }

  async acceptInvitation(token: string, password: string, name?: string): Promise<SignedIn> {
    const problems = new FieldProblems();
    if (!isAcceptablePassword(password)) problems.add('password', PASSWORD_TOO_WEAK);
    // Left out or blank, the name the inviter gave stays.
    if (name?.trim()) checkPersonName(problems, 'name', name);
    problems.throwIfAny();
    const userId = await this.unitOfWork.run(async (tx) => {
      const id = await this.invitations.redeem(tx, token);
      await this.users.setPassword(id, password, tx);
      if (name?.trim()) await this.users.rename(id, name.trim(), tx);
      return id;
    });
    // The new password ended every earlier session (see UsersService.setPassword).
    await this.bus.publishSessionsEnded({ userId, deleted: false });
    const user = await this.users.findById(userId);
    if (!user) throw authError('INVITATION_INVALID');
    return this.signIn(user);
  }

  /** A new password from a reset link's token: the person is signed in afresh, everywhere else out. */
  async resetPassword(token: string, password: string): Promise<SignedIn> {
    const userId = await this.resets.reset(token, password);
    const user = await this.users.findById(userId);
    if (!user || user.deletedAt) throw authError('RESET_LINK_INVALID');
    return this.signIn(user);
  }

  /**
   * The signed-in person chooses a new password, proving they know the current one. A wrong one
   * counts like a failed sign-in (LoginLockout), so a stolen session cannot guess it at will. The
   * new password ends every other session; this one continues with the tokens returned.
   */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<SignedIn> {
    const user = await this.users.findByIdWithPasswordHash(userId);
    if (!user || user.deletedAt) throw authError('SESSION_ENDED');
    // The account's budget only: a signed-in person's mistakes do not lock their colleagues' network.
    const attempt = await this.lockout.attempt({ userId }, null);
    const problems = new FieldProblems();
    if (await verifyPassword(user.passwordHash, currentPassword)) await attempt.succeeded();
    else problems.add('currentPassword', CURRENT_PASSWORD_WRONG);
    if (!isAcceptablePassword(newPassword)) problems.add('newPassword', PASSWORD_TOO_WEAK);
    problems.throwIfAny();
    await this.unitOfWork.run((tx) => this.users.setPassword(userId, newPassword, tx));
    await this.bus.publishSessionsEnded({ userId, deleted: false });
    const changed = await this.users.findById(userId);
    if (!changed) throw authError('SESSION_ENDED');
    return this.signIn(changed);
  }

  /** The administrator named by ADMIN_EMAIL/ADMIN_PASSWORD, created once when missing. */
  async ensureAdministrator(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_LOCALE: locale } = this.config;
    if (!email || !password) return;
    if (await this.users.findByEmail(email)) return;
    await this.users.create({ email, password, name: 'Administrator', role: 'ADMIN', locale });
    this.logger.log(`Created administrator ${email}`);
  }
}
