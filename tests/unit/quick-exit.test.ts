import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SiteLayout } from "@/components/layout/SiteLayout";
import { showsQuickExit } from "@/lib/content/quick-exit";

const shell = { headerLinks: [{ title: "Home", href: "/" }], footerLinks: [], breadcrumbs: [], currentHref: "/x" };

describe("Exit this page", () => {
  it("is for pages whose title or description is about abuse, neglect or safeguarding", () => {
    expect(showsQuickExit({ title: "Care Act advocacy", description: "Advocates for care plans and safeguarding." })).toBe(true);
    expect(showsQuickExit({ title: "If you are being abused", description: "Who to tell." })).toBe(true);
    expect(showsQuickExit({ title: "Adult support", description: "Advocacy in adult support and protection in Scotland." })).toBe(true);
    expect(showsQuickExit({ title: "Privacy", description: "This site sets no cookies and keeps nothing about you." })).toBe(false);
    expect(showsQuickExit({ title: "Advocates in Scotland", description: "Easy Read. A right to advocacy for your care assessment." })).toBe(false);
    // A word that only contains one of them is not enough.
    expect(showsQuickExit({ title: "Unabused words", description: "Nothing about harm here at all." })).toBe(false);
  });

  it("renders the link only when the layout is told to", () => {
    // A server component with no hooks: calling it gives the same tree React would render.
    const page = (quickExit: boolean) => renderToStaticMarkup(SiteLayout({ ...shell, quickExit, children: "body" }));
    expect(page(true)).toContain("Exit this page");
    expect(page(false)).not.toContain("Exit this page");
  });
});
