import { readSheet } from 'read-excel-file/node';
import { FieldProblems } from '@app/common';
import type { ImportCompany } from '../import-document.js';
import { validateImportDocument } from '../import-validator.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { sheetToDocument, spreadsheetProblem, type SheetCell } from './spreadsheet-import.js';
import { SPREADSHEET_MESSAGES as M } from './spreadsheet.messages.js';

export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** The format of a member file by its name's extension, or undefined for JSON and the rest. */
export function spreadsheetFormatOf(fileName: string): SpreadsheetFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' ? 'CSV' : extension === 'xlsx' ? 'XLSX' : undefined;
}

async function readCells(
  format: SpreadsheetFormat,
  content: string | Uint8Array,
  problems: FieldProblems,
): Promise<SheetCell[][]> {
  if (format === 'CSV') {
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    // Invalid UTF-8 decodes to U+FFFD: a Windows-1252 export would lose its accents.
    if (text.includes('\uFFFD')) {
      problems.add('file', M.notUtf8);
      return [];
    }
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    if (!firstLine.includes(',') && firstLine.split(';').length > 2) {
      problems.add('row 1', M.semicolons);
      return [];
    }
    try {
      return parseCsv(text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      problems.add(`row ${error.row}`, M[error.kind]);
      return [];
    }
  }
  const bytes = typeof content === 'string' ? Buffer.from(content, 'base64') : Buffer.from(content);
  try {
    return (await readSheet(bytes)) as SheetCell[][];
  } catch {
    problems.add('file', M.notWorkbook);
    return [];
  }
}

const rowOf = (path: string) => Number(/^row (\d+)/.exec(path)?.[1] ?? 0);
const columnOf = (path: string, header: readonly string[]) => {
  const index = header.indexOf(/, column (.*)$/.exec(path)?.[1] ?? '');
  return index < 0 ? header.length : index;
};

/**
 * Checks a member spreadsheet (CSV text, or .xlsx bytes or their base64) as the JSON import
 * checks its file: every problem at `row N, column NAME`, in reading order, and the companies only
 * when there is none. `rows[i]` is the spreadsheet row of `companies[i]`.
 */
export async function validateSpreadsheet(
  format: SpreadsheetFormat,
  content: string | Uint8Array,
): Promise<{ companies: ImportCompany[]; problems: FieldProblems; rows: number[] }> {
  const problems = new FieldProblems();
  const cells = await readCells(format, content, problems);
  if (!problems.isEmpty) return { companies: [], problems, rows: [] };
  const sheet = sheetToDocument(cells);
  const checked = validateImportDocument(sheet.document);
  const found = [
    ...sheet.problems.list,
    ...checked.problems.list.map((p) => spreadsheetProblem(p, sheet.rows)),
  ];
  const shown = new Set<string>();
  found
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        rowOf(a.problem.path) - rowOf(b.problem.path) ||
        columnOf(a.problem.path, sheet.header) - columnOf(b.problem.path, sheet.header) ||
        a.order - b.order,
    )
    .forEach(({ problem }) => {
      const key = `${problem.path}|${problem.message.en}|${JSON.stringify(problem.params ?? {})}`;
      if (!shown.has(key)) problems.add(problem.path, problem.message, problem.params);
      shown.add(key);
    });
  return { companies: problems.isEmpty ? checked.companies : [], problems, rows: sheet.rows };
}
