/** A member file as the import mutations take it: the JSON document, or a spreadsheet's content. */
export type ImportFile =
  | { name: string; kind: 'JSON'; document: unknown }
  | { name: string; kind: 'CSV'; content: string }
  | { name: string; kind: 'XLSX'; content: string };

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Reads a picked file by its extension: `.csv` as UTF-8 text, `.xlsx` as base64 bytes, anything
 * else as JSON (throws SyntaxError when it is not).
 */
export async function readImportFile(file: File): Promise<ImportFile> {
  const extension = file.name.split('.').pop()?.toLowerCase();
  if (extension === 'csv') return { name: file.name, kind: 'CSV', content: await file.text() };
  if (extension === 'xlsx') {
    return { name: file.name, kind: 'XLSX', content: base64(new Uint8Array(await file.arrayBuffer())) };
  }
  return { name: file.name, kind: 'JSON', document: JSON.parse(await file.text()) as unknown };
}

/** `row 4, column sectors` → its row and column; undefined for a JSON path. */
export function spreadsheetPlace(path: string): { row: string; column: string } | undefined {
  const match = /^row (\d+)(?:, column (.+))?$/.exec(path);
  return match ? { row: match[1], column: match[2] ?? '' } : undefined;
}
