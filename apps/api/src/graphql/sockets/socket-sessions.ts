import { GraphQLError } from 'graphql';
import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { ViewerService } from '@app/auth';
import type { PasserelleRequest } from '@app/common';
import type { AppConfig } from '@app/config';
import type { NotificationBus, SessionsEnded } from '@app/notifications';
import { limitProblem } from '../limits/query-limits.plugin.js';
import type { SubscriptionSlots } from './subscription-slots.js';

/**
 * Close code of a socket whose access token ran out or stopped being good (expired, password
 * changed, signed out everywhere, account deleted): the client refreshes its session and
 * reconnects. Not graphql-ws's 4401, which its client takes as fatal and never retries; 4419
 * echoes HTTP 419 "authentication timeout" and is retried like any other private code.
 */
export const SOCKET_UNAUTHORIZED = { code: 4419, reason: 'Unauthorized: refresh and reconnect' } as const;

/**
 * Close code of a socket whose account was deleted: nothing to refresh. The web app signs out
 * locally and does not reconnect (graphql-ws's client alone would retry a 4403).
 */
export const SOCKET_ACCOUNT_DELETED = { code: 4403, reason: 'Forbidden: account deleted' } as const;

type SocketContext = Context<Record<string, unknown> | undefined, unknown>;

interface Session {
  /** Names the socket in its subscriptions' slots (subscription-slots.ts). */
  serial: number;
  authorization: string | undefined;
  userId: string | undefined;
  live: Set<string>;
  closed: boolean;
  expiry?: NodeJS.Timeout;
}

function extraOf(ctx: SocketContext) {
  return ctx.extra as { socket: WebSocket; request: PasserelleRequest };
}

/** The `exp` of a token already verified (seconds since the epoch), read without checking again. */
function expiryOf(authorization: string): number | undefined {
  const payload = /^Bearer\s+[^.]+\.([^.]+)\./i.exec(authorization)?.[1];
  if (!payload) return undefined;
  const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: unknown }).exp;
  return typeof exp === 'number' ? exp : undefined;
}

/**
 * A graphql-ws socket's sign-in, checked again on every subscribe and closed with
 * SOCKET_UNAUTHORIZED when its access token expires or is no longer good; and its live
 * subscriptions, capped per socket (here) and per person (across every API instance, through
 * SubscriptionSlots). When every session of a person ends (NotificationBus.publishSessionsEnded,
 * from any instance), their sockets close.
 */
export class SocketSessions {
  private readonly sessions = new WeakMap<object, Session>();
  private readonly socketsOfUser = new Map<string, Set<SocketContext>>();
  private sockets = 0;
  private listening?: Promise<void>;

  constructor(
    private readonly config: AppConfig,
    private readonly viewers: () => ViewerService,
    private readonly bus: () => NotificationBus,
    private readonly slots: SubscriptionSlots,
  ) {}

  /** Remembers the connection's token and closes the socket when it expires. */
  async connected(ctx: SocketContext, authorization: string | undefined): Promise<boolean> {
    const session: Session = {
      serial: ++this.sockets,
      authorization,
      userId: undefined,
      live: new Set(),
      closed: false,
    };
    this.sessions.set(ctx, session);
    if (authorization === undefined) return true;
    // Listening before the first signed-in socket is acknowledged: no end of sessions is missed.
    this.listening ??= this.bus()
      .onSessionsEnded((ended) => this.sessionsEnded(ended))
      .catch((error: unknown) => {
        this.listening = undefined;
        throw error;
      });
    await this.listening;
    const viewer = await this.viewers().fromAuthorization(authorization);
    if (!viewer) return this.unauthorized(ctx);
    session.userId = viewer.userId;
    const sockets = this.socketsOfUser.get(viewer.userId) ?? new Set();
    this.socketsOfUser.set(viewer.userId, sockets.add(ctx));
    const exp = expiryOf(authorization);
    if (exp !== undefined) {
      session.expiry = setTimeout(() => this.unauthorized(ctx), Math.max(0, exp * 1000 - Date.now()));
      session.expiry.unref();
    }
    return true;
  }

  /**
   * Before each operation: the token must still be good (else the socket closes), the guard
   * reads the viewer afresh, and the caps must leave room. Undefined lets the operation go on.
   */
  async subscribing(ctx: SocketContext, id: string): Promise<GraphQLError[] | undefined> {
    const session = this.sessions.get(ctx);
    if (!session) return undefined;
    const { request } = extraOf(ctx);
    if (session.authorization !== undefined) {
      request.viewerChecked = false;
      if (!(await this.viewers().ofRequest(request))) {
        this.unauthorized(ctx);
        return [new GraphQLError(SOCKET_UNAUTHORIZED.reason, { extensions: { code: 'UNAUTHENTICATED' } })];
      }
    }
    const perSocket = this.config.GRAPHQL_WS_SUBSCRIPTIONS_PER_SOCKET;
    if (session.live.size >= perSocket) return this.refuse(request, perSocket, session.live.size + 1);
    // Counted on the socket before waiting on Redis, so that two subscribes at once both count.
    session.live.add(id);
    if (!session.userId) return undefined;
    const { userId } = session;
    const slot = this.slots.slotName(session.serial, id);
    const verdict = await this.slots.take(userId, slot);
    if (!verdict.taken) {
      session.live.delete(id);
      return this.refuse(request, this.config.GRAPHQL_WS_SUBSCRIPTIONS_PER_USER, verdict.held + 1);
    }
    // Closed while the slot was being taken: the operation will never complete to give it back.
    if (session.closed) {
      await this.slots.give(userId, slot);
      return [new GraphQLError('Socket closed')];
    }
    return undefined;
  }

  /** An operation that did not start after all (refused by the limits) or that ended. */
  completed(ctx: SocketContext, id: string): void {
    const session = this.sessions.get(ctx);
    if (!session?.live.delete(id) || !session.userId) return;
    void this.slots.give(session.userId, this.slots.slotName(session.serial, id));
  }

  closed(ctx: SocketContext): void {
    const session = this.sessions.get(ctx);
    if (!session) return;
    session.closed = true;
    clearTimeout(session.expiry);
    for (const id of [...session.live]) this.completed(ctx, id);
    if (!session.userId) return;
    const sockets = this.socketsOfUser.get(session.userId);
    sockets?.delete(ctx);
    if (sockets?.size === 0) this.socketsOfUser.delete(session.userId);
  }

  private sessionsEnded({ userId, deleted }: SessionsEnded): void {
    const { code, reason } = deleted ? SOCKET_ACCOUNT_DELETED : SOCKET_UNAUTHORIZED;
    for (const ctx of this.socketsOfUser.get(userId) ?? []) extraOf(ctx).socket.close(code, reason);
  }

  private unauthorized(ctx: SocketContext): false {
    extraOf(ctx).socket.close(SOCKET_UNAUTHORIZED.code, SOCKET_UNAUTHORIZED.reason);
    return false;
  }

  private refuse(request: PasserelleRequest, max: number, actual: number): GraphQLError[] {
    const { message, extensions } = limitProblem('TOO_MANY_SUBSCRIPTIONS', request, max, actual);
    return [new GraphQLError(message, { extensions })];
  }
}
