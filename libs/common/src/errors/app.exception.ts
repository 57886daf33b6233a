import { COMMON_MESSAGES } from '../i18n/common.messages.js';
import type { LocalizedText, MessageParams } from '../i18n/locale.js';
import { ApiErrorCode } from './api-error-code.js';

/** One bad field: its path in the input (`input.offers[2]`, `first`) and why, in both languages. */
export interface FieldProblem {
  path: string;
  message: LocalizedText;
  params?: MessageParams;
}

export interface AppExceptionOptions {
  params?: MessageParams;
  fields?: FieldProblem[];
  /** The domain's own code (e.g. `MEETING_SLOT_TAKEN`), exposed as `extensions.reason`. */
  reason?: string;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * Every error a person may read. Domains subclass it with their own code enum (see
 * `defineDomainErrors`); the one GraphQL error filter turns it into the contract's shape,
 * translating the message into the caller's language at the last moment.
 */
export class AppException extends Error {
  readonly params: MessageParams;
  readonly fields: FieldProblem[];
  readonly reason?: string;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ApiErrorCode,
    readonly text: LocalizedText,
    options: AppExceptionOptions = {},
  ) {
    super(text.en, { cause: options.cause });
    this.name = new.target.name;
    this.params = options.params ?? {};
    this.fields = options.fields ?? [];
    this.reason = options.reason;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  static unauthenticated(): AppException {
    return new AppException(ApiErrorCode.UNAUTHENTICATED, COMMON_MESSAGES.unauthenticated);
  }

  static forbidden(): AppException {
    return new AppException(ApiErrorCode.FORBIDDEN, COMMON_MESSAGES.forbidden);
  }

  static notFound(thing: LocalizedText): AppException {
    return new NotFoundException(thing);
  }

  static invalidFields(fields: FieldProblem[]): AppException {
    return new AppException(ApiErrorCode.BAD_USER_INPUT, COMMON_MESSAGES.invalidInput, { fields });
  }

  static rateLimited(retryAfterSeconds: number, text: LocalizedText = COMMON_MESSAGES.rateLimited) {
    return new AppException(ApiErrorCode.RATE_LIMITED, text, {
      retryAfterSeconds,
      params: { seconds: retryAfterSeconds },
    });
  }
}

/** NOT_FOUND with the kind of thing named in both languages (`Company`/`Entreprise`). */
export class NotFoundException extends AppException {
  constructor(readonly thing: LocalizedText) {
    super(ApiErrorCode.NOT_FOUND, COMMON_MESSAGES.notFound);
  }
}

interface DomainErrorDefinition {
  code: ApiErrorCode;
  text: LocalizedText;
}

/**
 * A domain lists every error it can raise in one exhaustive table (its own code → contract code
 * and message); the returned factory builds the exception from the domain code alone.
 */
export function defineDomainErrors<K extends string>(table: Record<K, DomainErrorDefinition>) {
  return (reason: K, options: Omit<AppExceptionOptions, 'reason'> = {}): AppException => {
    const definition = table[reason];
    return new AppException(definition.code, definition.text, { ...options, reason });
  };
}
