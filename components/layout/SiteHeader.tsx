import type { NavLink } from "@/lib/content/navigation";

interface Props {
  siteName: string;
  links: NavLink[];
  /** The address of the page being shown, to mark the current section. */
  currentHref: string;
  /** The search page has its own form, so the header leaves its one out. */
  search?: boolean;
}

function isCurrent(linkHref: string, currentHref: string): boolean {
  return linkHref === currentHref || currentHref.startsWith(`${linkHref}/`);
}

function NavList({ links, currentHref, className }: { links: NavLink[]; currentHref: string; className: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} aria-current={isCurrent(link.href, currentHref) ? "page" : undefined}>
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * GOV.UK / NHS header: the site name, a search that fits, and the sections. On a small screen
 * the sections fold into a <details> "Menu", which opens with no JavaScript; on a wide screen
 * they sit in one row. Only one of the two lists is displayed at a time (see globals.css).
 */
export function SiteHeader({ siteName, links, currentHref, search = true }: Props) {
  return (
    <header className="site-header">
      <div className="site-width site-header__bar">
        <a href="/" className="site-header__name">
          {siteName}
        </a>
        {search && (
          <form action="/search" method="get" role="search" className="site-header__search">
            <label htmlFor="site-search" className="visually-hidden">
              Search this site
            </label>
            <input id="site-search" name="q" type="search" maxLength={100} autoComplete="off" placeholder="Search this site" />
            <button type="submit">Search</button>
          </form>
        )}
      </div>
      <nav aria-label="Main" className="site-nav">
        <div className="site-width">
          <details className="site-nav__menu">
            <summary>Menu</summary>
            <NavList links={links} currentHref={currentHref} className="site-nav__menu-list" />
          </details>
          <NavList links={links} currentHref={currentHref} className="site-nav__bar" />
        </div>
      </nav>
    </header>
  );
}
