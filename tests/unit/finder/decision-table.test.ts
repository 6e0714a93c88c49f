import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DECISION_TABLE_FILE, renderDecisionTable } from "../../../lib/finder/rules/decision-table";
import { enumeratePaths } from "./helpers";

const COMMITTED = fileURLToPath(new URL(`../../../${DECISION_TABLE_FILE}`, import.meta.url));

describe("the committed decision table (docs/finder-decision-table.md)", () => {
  it("is what the rules produce today", () => {
    const committed = readFileSync(COMMITTED, "utf8");
    expect(renderDecisionTable(enumeratePaths()), "The decision table is out of date: run `npm run finder:table` and commit docs/finder-decision-table.md").toBe(committed);
  });

  it("lists every path once, in one voice", () => {
    const table = renderDecisionTable(enumeratePaths());
    const headings = table.split("\n").filter((line) => line.startsWith("#### "));
    const distinct = new Set(enumeratePaths().map((a) => JSON.stringify({ ...a, who: undefined })));
    expect(headings.length).toBe(distinct.size);
    expect(table).not.toMatch(/\[name\]/);
  });
});
