import { COMMON_MESSAGES, type FieldProblems } from '@app/common';

/** The longest name a person may have (users.name is varchar(200)). */
export const PERSON_NAME_MAX = 200;

/** Adds the problem of a person's name under `path`, if any: blank or longer than the column. */
export function checkPersonName(problems: FieldProblems, path: string, name: string | null): void {
  const trimmed = name?.trim() ?? '';
  if (!trimmed) problems.add(path, COMMON_MESSAGES.required);
  else if (trimmed.length > PERSON_NAME_MAX)
    problems.add(path, COMMON_MESSAGES.tooLong, { max: PERSON_NAME_MAX });
}
