import { describe, expect, it } from "vitest";
import { getContentIndex } from "@/lib/content/loader";
import { EASY_READ_PATHS, easyReadFor } from "../../../lib/finder/easy-read";
import { evaluate } from "../../../lib/finder/evaluate";
import { answersToSearch } from "../../../lib/finder/query";
import { RESULT_TYPES } from "../../../lib/finder/types";
import { NATIONS } from "../../../lib/nations";
import { enumeratePaths } from "./helpers";

const pages = new Map(getContentIndex().map((page) => [page.href, page]));

describe("Easy Read pages for finder results", () => {
  it("every Easy Read path is an Easy Read content page", () => {
    for (const path of EASY_READ_PATHS) {
      expect(pages.has(path), `${path} is not a content page`).toBe(true);
      expect(pages.get(path)!.frontmatter.layout, path).toBe("easy-read");
    }
  });

  it("every target of every result type and nation exists and is written for that nation", () => {
    let targets = 0;
    for (const nation of NATIONS) {
      for (const type of RESULT_TYPES) {
        const path = easyReadFor(type, nation);
        if (path === null) continue;
        targets += 1;
        expect(pages.get(path)?.frontmatter.layout, `${type} in ${nation} → ${path}`).toBe("easy-read");
        expect(pages.get(path)!.frontmatter.nations, `${type} in ${nation} → ${path}`).toContain(nation);
      }
    }
    expect(targets).toBeGreaterThanOrEqual(30);
  });

  it("every result the finder can give, on every path, has an Easy Read page", () => {
    let checked = 0;
    for (const answers of enumeratePaths()) {
      for (const result of evaluate(answers).results) {
        expect(easyReadFor(result.type, answers.nation!), `${answersToSearch(answers)} → ${result.type}`).not.toBeNull();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("sends each kind of advocacy to its own page in England and Wales", () => {
    expect(easyReadFor("imha", "wales")).toBe("/easy-read/imha");
    expect(easyReadFor("care-act", "england")).toBe("/easy-read/care-act-advocate");
    expect(easyReadFor("wales-ipa", "wales")).toBe("/easy-read/independent-professional-advocate-wales");
    expect(easyReadFor("imca", "scotland")).toBe("/easy-read/scotland");
    expect(easyReadFor("scotland-mh", "england")).toBeNull();
  });
});
