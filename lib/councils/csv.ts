/**
 * A small, strict RFC 4180 CSV reader: fields separated by commas, records by CRLF or LF,
 * fields optionally in double quotes, a quote inside a quoted field written twice.
 * It throws (naming the line) on anything the RFC does not allow, such as a quote in the
 * middle of an unquoted field, text after a closing quote, an unclosed quote, or a record
 * with a different number of fields from the header. The council data is rebuilt from
 * files other people publish, so a malformed file must stop the build, never slip through.
 * (No CSV library is installed; the lead may swap one in.)
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let line = 1;
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  // Where the current field stands: at its start, inside quotes, after a closing quote, or bare.
  let state: "start" | "quoted" | "closed" | "bare" = "start";

  const endField = () => {
    record.push(field);
    field = "";
    state = "start";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (; i < text.length; i++) {
    const char = text[i]!;
    if (state === "quoted") {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else state = "closed";
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === ",") endField();
    else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      else if (char === "\r") throw new Error(`CSV line ${line}: a lone carriage return ends a record; use CRLF or LF`);
      endRecord();
      line++;
    } else if (char === '"') {
      if (state !== "start") throw new Error(`CSV line ${line}: a quote may only open a field or be doubled inside a quoted field`);
      state = "quoted";
    } else {
      if (state === "closed") throw new Error(`CSV line ${line}: text after a closing quote`);
      field += char;
      state = "bare";
    }
  }
  if (state === "quoted") throw new Error(`CSV line ${line}: a quoted field is never closed`);
  // A final record without a line break still counts; a trailing line break adds no empty record.
  if (state !== "start" || record.length > 0) endRecord();
  return records;
}

/** Rows as objects keyed by the header, checking every row has exactly the header's fields. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.length === 0) throw new Error("CSV has no header row");
  if (new Set(header).size !== header.length) throw new Error("CSV header names a column twice");
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`CSV record ${index + 2}: ${row.length} fields where the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, row[column]!]));
  });
}
