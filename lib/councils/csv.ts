import { parse } from "csv-parse/sync";

/**
 * Rows of a published CSV file as objects keyed by its header (csv-parse, strict settings).
 * The council data is rebuilt from files other people publish, so anything malformed must stop
 * the build, never slip through: an unclosed or stray quote, a row with a different number of
 * fields from the header, or a column named twice all throw, naming the line.
 */
export function parseCsvObjects(text: string): Record<string, string>[] {
  return parse(text, {
    bom: true,
    columns: (header: string[]) => {
      if (new Set(header).size !== header.length) throw new Error("CSV header names a column twice");
      return header;
    },
    // csv-parse's defaults already refuse stray quotes and rows of the wrong length; say so.
    record_delimiter: ["\r\n", "\n"],
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
  }) as Record<string, string>[];
}
