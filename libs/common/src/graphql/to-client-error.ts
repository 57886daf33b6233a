import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ApiErrorCode } from '../errors/api-error-code.js';
import { AppException, NotFoundException } from '../errors/app.exception.js';
import { COMMON_MESSAGES } from '../i18n/common.messages.js';
import { translate, type Locale } from '../i18n/locale.js';

const HTTP_STATUS_CODES: Record<number, ApiErrorCode> = {
  400: ApiErrorCode.BAD_USER_INPUT,
  401: ApiErrorCode.UNAUTHENTICATED,
  403: ApiErrorCode.FORBIDDEN,
  404: ApiErrorCode.NOT_FOUND,
  409: ApiErrorCode.CONFLICT,
  413: ApiErrorCode.BAD_USER_INPUT,
  429: ApiErrorCode.RATE_LIMITED,
};

export const HTTP_STATUS_OF_CODE: Record<ApiErrorCode, number> = {
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.FORBIDDEN]: 403,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.CONFLICT]: 409,
  [ApiErrorCode.RATE_LIMITED]: 429,
  [ApiErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

export interface ClientError {
  message: string;
  extensions: Record<string, unknown> & { code: string };
}

/** PostgreSQL or Redis unreachable: a clean, retryable error rather than a stack trace. */
function isOutage(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  const message = String((error as Error)?.message ?? '');
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001'].includes(
      code ?? '',
    ) || /Connection terminated|connect ECONNREFUSED|Connection is closed/.test(message)
  );
}

/**
 * The one mapping from anything thrown to the contract's error shape, in the caller's language.
 * Unknown errors are logged in full and reach the client as a generic INTERNAL_SERVER_ERROR.
 */
export function toClientError(error: unknown, locale: Locale, logger: Logger): ClientError {
  if (error instanceof AppException) {
    const params =
      error instanceof NotFoundException ? { thing: translate(error.thing, locale) } : error.params;
    const extensions: ClientError['extensions'] = { code: error.code };
    if (error.fields.length > 0) {
      extensions.fields = error.fields.map((f) => ({
        path: f.path,
        message: translate(f.message, locale, f.params),
      }));
    }
    if (error.reason) extensions.reason = error.reason;
    if (error.retryAfterSeconds !== undefined) extensions.retryAfter = error.retryAfterSeconds;
    return { message: translate(error.text, locale, params), extensions };
  }
  if (error instanceof GraphQLError && error.extensions?.code) {
    return {
      message: error.message,
      extensions: { ...error.extensions, code: String(error.extensions.code) },
    };
  }
  if (error instanceof HttpException) {
    const code = HTTP_STATUS_CODES[error.getStatus()];
    if (code) return { message: error.message, extensions: { code } };
  }
  if ((error as { code?: string })?.code === '22P02') {
    // PostgreSQL could not read an identifier: the caller sent a malformed id, not a server fault.
    return {
      message: translate(COMMON_MESSAGES.malformedId, locale),
      extensions: { code: ApiErrorCode.BAD_USER_INPUT },
    };
  }
  if (isOutage(error)) {
    logger.warn(`Backing service unavailable: ${(error as Error).message}`);
    return {
      message: translate(COMMON_MESSAGES.serviceUnavailable, locale),
      extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, reason: 'SERVICE_UNAVAILABLE' },
    };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return {
    message: translate(COMMON_MESSAGES.internal, locale),
    extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR },
  };
}
