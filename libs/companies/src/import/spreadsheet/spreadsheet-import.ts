import { FieldProblems, type FieldProblem } from '@app/common';
import { IMPORT_MESSAGES } from '../import.messages.js';
import { SPREADSHEET_MESSAGES as M } from './spreadsheet.messages.js';

/** A cell as a workbook reader gives it; CSV cells are all text. */
export type SheetCell = string | number | boolean | Date | null | undefined;

const LISTS = [
  'languages',
  'sectors',
  'therapeuticAreas',
  'modalities',
  'offers',
  'seeks',
  'partnershipTypes',
] as const;
const NESTED = {
  descriptionFr: ['description', 'fr'],
  descriptionEn: ['description', 'en'],
  seekingFr: ['seeking', 'fr'],
  seekingEn: ['seeking', 'en'],
  contactEmail: ['contacts', 'email'],
  contactName: ['contacts', 'name'],
  contactRole: ['contacts', 'role'],
  contactLocale: ['contacts', 'locale'],
} as const;

/** Every column a member spreadsheet may have, in the order of docs/company-import.md. */
export const SPREADSHEET_COLUMNS: readonly string[] = [
  'externalId',
  'name',
  'province',
  'city',
  'membership',
  'memberSince',
  'expiresOn',
  'website',
  ...LISTS.slice(0, 1),
  'size',
  ...LISTS.slice(1, 4),
  'stage',
  ...LISTS.slice(4),
  ...Object.keys(NESTED).slice(0, 4),
  'matchmakingOptIn',
  ...Object.keys(NESTED).slice(4),
];

const TRUE = ['true', 'oui', 'yes', '1'];
const FALSE = ['false', 'non', 'no', '0'];

/** `A`, `B`, … `AA`: how a spreadsheet names a column that has no title. */
function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export const placeOf = (row: number, column: string) => `row ${row}, column ${column}`;

function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const splitList = (text: string) =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A member spreadsheet turned into the JSON import document, and where each record came from. */
export interface SpreadsheetDocument {
  document: { companies: Record<string, unknown>[] };
  /** Problems of the sheet itself (columns, booleans), already at `row N, column NAME`. */
  problems: FieldProblems;
  /** The spreadsheet row of companies[index]. */
  rows: number[];
  /** The column names, left to right. */
  header: string[];
}

/**
 * Reads rows (the first the column names) into `{ companies: [...] }` as the JSON import takes
 * it: one record per non-empty row, an empty cell a field left out, `;` between list items.
 */
export function sheetToDocument(sheet: readonly (readonly SheetCell[])[]): SpreadsheetDocument {
  const problems = new FieldProblems();
  const [header = [], ...body] = sheet;
  const names = header.map(cellText);
  const seen = new Set<string>();
  const usable = names.map((name, i) => {
    if (name === '') return false;
    const known = SPREADSHEET_COLUMNS.includes(name);
    if (!known) problems.add(placeOf(1, name), M.unknownColumn);
    else if (seen.has(name)) problems.add(placeOf(1, name), M.repeatedColumn);
    seen.add(name);
    return known && names.indexOf(name) === i;
  });
  const companies: Record<string, unknown>[] = [];
  const rows: number[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    const texts = cells.map(cellText);
    if (texts.every((text) => text === '')) return;
    const record: Record<string, unknown> = {};
    const nested: Record<string, Record<string, string>> = {};
    const dates: Record<string, string> = {};
    let memberships: string[] | undefined;
    texts.forEach((text, column) => {
      if (text === '') return;
      const name = names[column] ?? '';
      if (name === '') problems.add(placeOf(row, columnLetter(column)), M.unnamedColumn);
      if (!usable[column]) return;
      if ((LISTS as readonly string[]).includes(name)) record[name] = splitList(text);
      else if (name === 'matchmakingOptIn') {
        const answer = text.toLowerCase();
        if (TRUE.includes(answer)) record[name] = true;
        else if (FALSE.includes(answer)) record[name] = false;
        else problems.add(placeOf(row, name), M.notBoolean);
      } else if (name === 'membership') memberships = splitList(text);
      else if (name === 'memberSince' || name === 'expiresOn') dates[name] = text;
      else if (name in NESTED) {
        const [field, key] = NESTED[name as keyof typeof NESTED];
        (nested[field] ??= {})[key] = text;
      } else record[name] = text;
    });
    // Without a membership the validator reports the membership column; the dates go with it.
    if (memberships) record.memberships = memberships.map((association) => ({ association, ...dates }));
    for (const [field, value] of Object.entries(nested)) {
      record[field] = field === 'contacts' ? [value] : value;
    }
    companies.push(record);
    rows.push(row);
  });
  if (companies.length === 0 && problems.isEmpty) problems.add(placeOf(2, names[0] || 'A'), M.noRows);
  return { document: { companies }, problems, rows, header: names };
}

const COLUMN_OF: Record<string, string> = {
  memberships: 'membership',
  association: 'membership',
  'description.fr': 'descriptionFr',
  'description.en': 'descriptionEn',
  'seeking.fr': 'seekingFr',
  'seeking.en': 'seekingEn',
  contacts: 'contactEmail',
  'contacts.email': 'contactEmail',
  'contacts.name': 'contactName',
  'contacts.role': 'contactRole',
  'contacts.locale': 'contactLocale',
  'memberships.memberSince': 'memberSince',
  'memberships.expiresOn': 'expiresOn',
  'memberships.association': 'membership',
};

/**
 * `companies[3].contacts[0].email` → `row 5, column contactEmail`: a problem of the JSON
 * validator (or of the import itself) said where the person will find it in their sheet.
 */
export function spreadsheetProblem(problem: FieldProblem, rows: readonly number[]): FieldProblem {
  const match = /^companies\[(\d+)\](?:\.(.*))?$/.exec(problem.path);
  if (!match) return problem;
  const row = rows[Number(match[1])];
  const field = (match[2] ?? '').replace(/\[\d+\]/g, '');
  const column = COLUMN_OF[field] ?? field.split('.')[0];
  const path = column ? placeOf(row, column) : `row ${row}`;
  const params = { ...problem.params };
  let message = problem.message;
  if (message === IMPORT_MESSAGES.repeatedExternalId) {
    message = M.repeatedExternalId;
    params.other = rows[Number(params.other)];
  } else if (message === IMPORT_MESSAGES.repeatedContact) {
    message = M.repeatedContact;
    params.other = rows[Number(/^companies\[(\d+)\]/.exec(String(params.other))?.[1])];
  }
  return { path, message, params };
}
