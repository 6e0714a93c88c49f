import { describe, expect, it } from "vitest";
import navigationJson from "@/content/navigation.json";
import { breadcrumbsFor, navigationSchema, previousAndNext, readingOrder } from "@/lib/content/navigation";

const nav = navigationSchema.parse(navigationJson);

describe("navigation", () => {
  it("gives each page one place in the reading order", () => {
    const hrefs = readingOrder(nav).map((p) => p.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it("builds breadcrumbs from the section, leaving the current page unlinked last", () => {
    expect(breadcrumbsFor(nav, "/your-rights/imca").map((l) => l.href)).toEqual(["/", "/your-rights", "/your-rights/imca"]);
    expect(breadcrumbsFor(nav, "/your-rights").map((l) => l.href)).toEqual(["/", "/your-rights"]);
    expect(breadcrumbsFor(nav, "/")).toEqual([]);
  });

  it("links previous and next pages across sections", () => {
    const order = readingOrder(nav);
    const second = order[1]!;
    const { previous, next } = previousAndNext(nav, second.href);
    expect(previous).toEqual(order[0]);
    expect(next).toEqual(order[2]);
    expect(previousAndNext(nav, order[0]!.href).previous).toBeNull();
    expect(previousAndNext(nav, "/not-in-navigation")).toEqual({ previous: null, next: null });
  });

  it("puts Easy Read in the header menu and the footer, so it is one step from every page (issue 20)", () => {
    expect(nav.header.map((l) => l.href)).toContain("/easy-read");
    expect(nav.footer.map((l) => l.href)).toContain("/easy-read");
  });

  it("rejects a link that is not a site path", () => {
    const bad = { ...nav, header: [{ title: "Elsewhere", href: "https://example.org" }] };
    expect(navigationSchema.safeParse(bad).success).toBe(false);
  });
});
