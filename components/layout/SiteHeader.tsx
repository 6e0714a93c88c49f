import type { NavLink } from "@/lib/content/navigation";

interface Props {
  siteName: string;
  links: NavLink[];
  /** The address of the page being shown, to mark the current section. */
  currentHref: string;
}

function isCurrent(linkHref: string, currentHref: string): boolean {
  return linkHref === currentHref || currentHref.startsWith(`${linkHref}/`);
}

export function SiteHeader({ siteName, links, currentHref }: Props) {
  return (
    <header className="site-header">
      <div className="site-width site-header__bar">
        <a href="/" className="site-header__name">
          {siteName}
        </a>
        <form action="/search" method="get" role="search" className="site-header__search">
          <label htmlFor="site-search">Search this site</label>
          <input id="site-search" name="q" type="search" maxLength={100} autoComplete="off" />
          <button type="submit">Search</button>
        </form>
      </div>
      <nav aria-label="Main" className="site-nav">
        <ul className="site-width">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} aria-current={isCurrent(link.href, currentHref) ? "page" : undefined}>
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
