/** One CSV field per RFC 4180: quoted when it holds a comma, quote, or line break. */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV with a header row; arrays become `;`-separated lists; CRLF line ends. */
export function toCsv<T extends object>(rows: T[], columns: Array<keyof T & string>): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** A CSV response for a data download. */
export function csvResponse(csv: string): Response {
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
