import type { ReactNode } from "react";
import type { NavLink } from "@/lib/content/navigation";
import { SITE } from "@/lib/site";
import { Breadcrumbs } from "./Breadcrumbs";
import { QuickExit } from "./QuickExit";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

export interface ShellProps {
  headerLinks: NavLink[];
  footerLinks: NavLink[];
  breadcrumbs: NavLink[];
  currentHref: string;
}

interface Props extends ShellProps {
  children: ReactNode;
  quickExit?: boolean;
  /** False on the search page, which has its own search form. */
  headerSearch?: boolean;
}

export function SiteLayout({ headerLinks, footerLinks, breadcrumbs, currentHref, quickExit = false, headerSearch = true, children }: Props) {
  return (
    <>
      <SiteHeader siteName={SITE.name} links={headerLinks} currentHref={currentHref} search={headerSearch} />
      <div className="site-width">
        {quickExit && <QuickExit />}
        <Breadcrumbs trail={breadcrumbs} />
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter links={footerLinks} />
    </>
  );
}
