import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  Public,
  RequestLocale,
  translate,
  type GraphqlContext,
  type Locale,
  type Viewer,
} from '@app/common';
import { clientAddress } from '@app/rate-limit';
import { ERASED_PERSON } from './auth.errors.js';
import type { UserEntity } from './user.entity.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { UpdateMeInput } from './dto/auth.inputs.js';
import { AuthPayload, UserType } from './dto/user.types.js';
import { PasswordResetService } from './password-resets/password-reset.service.js';
import { UsersService } from './users.service.js';
import { viewerOf } from './viewer.service.js';

@Resolver(() => UserType)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() context: GraphqlContext,
  ) {
    return this.signedInAs(context, await this.auth.login(email, password, clientAddress(context.req)));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets a password with the token of an invitation email.' })
  async acceptInvitation(
    @Context() context: GraphqlContext,
    @Args('token') token: string,
    @Args('password') password: string,
    @Args('name', { nullable: true }) name?: string,
  ) {
    return this.signedInAs(context, await this.auth.acceptInvitation(token, password, name));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Trades a refresh token for a new access token and a new refresh token; each works once.',
  })
  async refreshSession(@Context() context: GraphqlContext, @Args('refreshToken') refreshToken: string) {
    return this.signedInAs(context, await this.auth.refreshSession(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Ends the session of this refresh token (its access token expires soon).',
  })
  async signOut(@Args('refreshToken') refreshToken: string) {
    await this.auth.signOut(refreshToken);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Ends every session of the signed-in person, on every device: all their tokens stop working and their live connections close.',
  })
  async signOutEverywhere(@CurrentViewer() viewer: Viewer) {
    await this.auth.signOutEverywhere(viewer.userId);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Always true, whether or not the address has an account; when it has one, an email in the person’s language carries a link that works once, for an hour.',
  })
  async requestPasswordReset(@Args('email') email: string, @Context() context: GraphqlContext) {
    await this.resets.request(email, clientAddress(context.req));
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sets a new password from the token of a reset link; every other session of the person ends.',
  })
  async resetPassword(
    @Context() context: GraphqlContext,
    @Args('token') token: string,
    @Args('password') password: string,
  ) {
    return this.signedInAs(context, await this.auth.resetPassword(token, password));
  }

  @Mutation(() => AuthPayload, {
    description: 'The signed-in person changes their password; every other session of theirs ends.',
  })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ) {
    const signedIn = await this.auth.changePassword(viewer.userId, currentPassword, newPassword);
    return this.signedInAs(context, signedIn);
  }

  /** The rest of the response (the user's company, say) is resolved as the person just signed in. */
  private signedInAs(context: GraphqlContext, signedIn: SignedIn): SignedIn {
    context.req.viewer = viewerOf(signedIn.user);
    context.req.viewerChecked = true;
    return signedIn;
  }

  @Query(() => UserType, { nullable: true })
  me(@CurrentViewer() viewer: Viewer) {
    return this.users.findById(viewer.userId);
  }

  /** An erased person stays in meeting histories without a name. */
  @ResolveField(() => String)
  name(@Parent() user: UserEntity, @RequestLocale() locale: Locale) {
    return user.deletedAt ? translate(ERASED_PERSON, locale) : user.name;
  }

  @Mutation(() => UserType, {
    description: 'Changes the signed-in person’s name, language, time zone or digest emails.',
  })
  updateMe(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMeInput) {
    return this.users.updatePreferences(viewer.userId, input);
  }
}
