/** One CSV field (RFC 4180): quoted when it holds a quote, a comma or a line break. */
export const csvQuote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * Spreadsheet formula injection: a cell starting with = + - @ is written with a leading ', so a
 * spreadsheet shows the text instead of running it.
 */
export const csvSafe = (value: string) => (/^[=+\-@]/.test(value) ? `'${value}` : value);

/** A CSV file: a header row and one row per record, every cell quoted and made safe, CRLF lines. */
export function csvOf(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map((c) => csvQuote(csvSafe(c))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
