import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { requestOf } from './viewer.decorators.js';

/** The field extension naming the generation (table cache_generations) a kept answer is valid for. */
export const KEPT_ANSWER = 'keptAnswerGeneration';

/**
 * Declares that a field's answer depends only on the signed-in person's row (who, role, company,
 * association, language), the operation's text and variables, and data whose changes bump the
 * named generation: an operation made only of such fields (and plain properties of what they
 * return) may be answered again from memory, byte for byte, until the generation moves
 * (apps/api/src/graphql/kept-answers). A root field so marked registers with `AnswerEffects`
 * whatever answering must still do when the kept answer is sent instead.
 */
export const KeptAnswer = (generation: string) => Extensions({ [KEPT_ANSWER]: generation });

/** The field extension of a field resolver that reads nothing but its parent and the request's language. */
export const KEPT_WITH_PARENT = 'keptWithParent';

/**
 * Declares that a field resolver reads only the object its parent field returned and the
 * request's language (a code's label, a text in the reader's language): its answer is as
 * keepable as its parent's, whatever generation covers that. Never on a root field.
 */
export const KeptWithParent = () => Extensions({ [KEPT_WITH_PARENT]: true });

/** Registers work a kept answer must still do each time it is sent (impressions counted). */
export type AnswerEffect = (effect: () => void) => void;

export const AnswerEffects = createParamDecorator(
  (_: unknown, context: ExecutionContext): AnswerEffect =>
    (effect) =>
      requestOf(context).answerEffects?.push(effect),
);
