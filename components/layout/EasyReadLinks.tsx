import type { EasyReadLinks as Links } from "@/lib/content/easy-read";

/**
 * Near the top of a page: a standard page links to its Easy Read version, and an Easy Read
 * page links back to the full page (or pages). Derived from the Easy Read pages' frontmatter.
 */
export function EasyReadLinks({ links }: { links: Links }) {
  if (links.easyRead) {
    return (
      <p className="easy-read-link">
        <a href={links.easyRead}>Easy Read version</a> of this page, with short sentences and pictures.
      </p>
    );
  }
  if (links.fullPages.length === 0) return null;
  if (links.fullPages.length === 1) {
    return (
      <p className="easy-read-link">
        <a href={links.fullPages[0]!.href}>Read the full page</a>
      </p>
    );
  }
  return (
    <div className="easy-read-link">
      <p>Read the full page:</p>
      <ul>
        {links.fullPages.map((page) => (
          <li key={page.href}>
            <a href={page.href}>{page.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
