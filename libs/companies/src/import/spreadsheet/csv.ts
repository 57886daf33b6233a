/** What went wrong reading a CSV file, with the spreadsheet row where it happened. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    readonly kind: 'unclosedQuote' | 'textAfterQuote',
  ) {
    super(`row ${row}: ${kind}`);
  }
}

/**
 * Reads RFC 4180 CSV (comma-separated, `"` quoting with `""` for a quote, line breaks inside
 * quotes kept, CRLF or LF between records, an optional UTF-8 byte order mark). One array of
 * cells per record; record i is spreadsheet row i + 1, as a spreadsheet program numbers it.
 */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else cell += c;
      i += 1;
      continue;
    }
    if (c === ',') endCell();
    else if (c === '\r' && source[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (c === '\n' || c === '\r') endRow();
    else if (c === '"' && cell === '' && !afterQuote) quoted = true;
    else if (afterQuote) throw new CsvSyntaxError(rows.length + 1, 'textAfterQuote');
    else cell += c;
    i += 1;
  }
  if (quoted) throw new CsvSyntaxError(rows.length + 1, 'unclosedQuote');
  if (cell !== '' || row.length > 0 || afterQuote) endRow();
  return rows;
}
