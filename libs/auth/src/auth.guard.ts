import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, IS_PUBLIC, requestOf } from '@app/common';
import type { Role } from './user.entity.js';
import { ViewerService } from './viewer.service.js';

const ROLES_KEY = Symbol('ROLES');

/** Limits an operation to some roles (e.g. staff); everyone else gets FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Every operation needs a signed-in user unless marked `@Public()`. A public operation still
 * learns who calls when a token is sent, so messages come in that person's language.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return true;
    const req = requestOf(context);
    if (!req) return true;
    const viewer = await this.viewers.ofRequest(req);
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!viewer) throw AppException.unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(viewer.role)) throw AppException.forbidden();
    return true;
  }
}
