import type { LocalizedText, MessageParams } from '../i18n/locale.js';
import { AppException, type FieldProblem } from './app.exception.js';

/**
 * Collects every problem of an input before anything is written, so that a person fixes all of
 * them in one go; `throwIfAny` raises one BAD_USER_INPUT listing them.
 */
export class FieldProblems {
  private readonly problems: FieldProblem[] = [];

  add(path: string, message: LocalizedText, params?: MessageParams): this {
    this.problems.push({ path, message, params });
    return this;
  }

  get list(): readonly FieldProblem[] {
    return this.problems;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (!this.isEmpty) throw AppException.invalidFields([...this.problems]);
  }
}
