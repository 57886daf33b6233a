import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** A bad field as the API names it (`input.offers[1]`) and why, already in the viewer's language. */
export interface FieldMessage {
  path: string;
  message: string;
}

interface ErrorExtensions {
  code?: string;
  fields?: FieldMessage[];
  reason?: string;
}

function firstExtensions(error: unknown): ErrorExtensions | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.extensions as ErrorExtensions | undefined;
  return undefined;
}

export function errorCode(error: unknown): string | undefined {
  return firstExtensions(error)?.code;
}

/** Every bad field the API listed (the contract reports them all at once). */
export function fieldMessages(error: unknown): FieldMessage[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => (e.extensions as ErrorExtensions | undefined)?.fields ?? []);
}

/** Bad fields keyed by the form field they belong to: `input.offers[1]` → `offers`. */
export function fieldErrorsByName(error: unknown, prefix = 'input.'): Record<string, string[]> {
  const byName: Record<string, string[]> = {};
  for (const { path, message } of fieldMessages(error)) {
    const name = (path.startsWith(prefix) ? path.slice(prefix.length) : path).split(/[.[]/)[0];
    (byName[name] ??= []).push(message);
  }
  return byName;
}

/** The message a person reads: the API's own (translated) text, or undefined for network trouble. */
export function apiMessage(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message?: string }[] };
      return body.errors?.[0]?.message;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
