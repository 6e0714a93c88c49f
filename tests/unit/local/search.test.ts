import { describe, expect, it } from "vitest";
import { searchCouncils } from "@/lib/councils/search";
import { councilSearchView } from "@/lib/councils/view";
import { findCouncilPage } from "@/lib/councils/page";
import { areaPage } from "@/lib/finder/area-page";
import { finderStep } from "@/lib/finder/step";
import { routePolicyOf, isIndexable } from "@/lib/http/route-policy.mjs";

const names = (query: string, nation?: Parameters<typeof searchCouncils>[1]) => searchCouncils(query, nation).map((m) => m.council.name);

describe("finding a council by what a reader types", () => {
  it("finds councils by part of their official or everyday name, best match first", () => {
    expect(names("amber")).toEqual(["Amber Valley Borough Council"]);
    expect(names("AMBER valley council")).toEqual(["Amber Valley Borough Council"]);
    expect(names("newcastle tyne")).toEqual(["Newcastle City Council"]);
    expect(names("derby")[0]).toBe("Derby City");
    expect(names("derby")).toContain("Derbyshire County Council");
  });

  it("finds councils by other names people use, and by the councils they replaced", () => {
    const welsh = searchCouncils("caerdydd");
    expect(welsh.map((m) => m.council.slug)).toEqual(["cardiff"]);
    expect(welsh[0]!.matchedName).toBe("Caerdydd");
    const carlisle = searchCouncils("carlisle");
    expect(carlisle.map((m) => m.council.slug)).toEqual(["cumberland"]);
    expect(carlisle[0]!.former).toBe(true);
    expect(councilSearchView("carlisle")).toMatchObject({ kind: "results", matches: [{ matchedBecause: "Carlisle City Council was replaced by this council." }] });
  });

  it("limits the search to one nation when asked", () => {
    expect(names("newport")).toEqual(["Newport City Council"]);
    expect(names("newport", "england")).toEqual([]);
    expect(names("belfast", "northern-ireland")).toEqual(["Belfast City Council"]);
  });

  it("says what went wrong for empty, too short or too long input, and never throws", () => {
    expect(councilSearchView(null)).toEqual({ kind: "none" });
    expect(councilSearchView("   ")).toMatchObject({ kind: "problem", message: expect.stringMatching(/^Enter at least 2 letters/) });
    expect(councilSearchView("a")).toMatchObject({ kind: "problem" });
    expect(councilSearchView("x".repeat(500))).toMatchObject({ kind: "problem", message: "Enter 80 characters or fewer" });
    expect(councilSearchView("!!!")).toMatchObject({ kind: "results", matches: [] });
    // Short input matching many names still answers with a bounded list.
    const many = councilSearchView("we");
    expect(many.kind === "results" && many.matches.length).toBe(21);
  });
});

describe("the area question page and the find-your-council page", () => {
  const areaStep = (query: string) => {
    const step = finderStep(new URLSearchParams(query), "area");
    if (step.kind !== "question") throw new Error(step.kind);
    return areaPage(step, new URLSearchParams(query));
  };

  it("lists matches in the reader's nation, says who runs adult social care, and offers a skip straight to the result", () => {
    const page = areaStep("nation=england&topic=care-support&support=none&difficulty=yes&who=me&q=amber");
    expect(page.search).toMatchObject({ kind: "results", matches: [{ slug: "amber-valley", adultSocialCare: { name: "Derbyshire County Council" } }] });
    expect(page.skipHref).toBe("/find-advocacy/result?nation=england&topic=care-support&support=none&difficulty=yes&who=me");
    expect(page.list).toBeNull();
    expect(page.listHref).toContain("list=all");
  });

  it("shows the nation's short list in Wales, Scotland and Northern Ireland, and England's list when nothing matches", () => {
    expect(areaStep("nation=wales&topic=other&who=me").list).toHaveLength(22);
    expect(areaStep("nation=scotland&topic=other&who=me").list).toHaveLength(32);
    expect(areaStep("nation=northern-ireland&topic=other&who=me").list).toHaveLength(11);
    expect(areaStep("nation=england&topic=other&who=me&q=zzzz").list).toHaveLength(153);
  });

  it("the find-your-council page searches every nation, and lists a nation on request", () => {
    const page = findCouncilPage(new URLSearchParams("q=amber"));
    expect(page.search).toMatchObject({ kind: "results", matches: [{ name: "Amber Valley Borough Council" }] });
    expect(findCouncilPage(new URLSearchParams("nation=wales")).list?.councils).toHaveLength(22);
    expect(findCouncilPage(new URLSearchParams("nation=atlantis")).list).toBeNull();
  });

  it("keeps what readers type out of caches and search engines", () => {
    for (const path of ["/find-your-council?q=amber", "/find-advocacy/area?nation=england&q=amber"]) {
      expect(routePolicyOf(path).cacheControl).toMatch(/no-store/);
      expect(routePolicyOf(path).personal).toBe(true);
      expect(isIndexable(path)).toBe(false);
    }
  });
});
