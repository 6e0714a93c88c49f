import type { NavLink } from "@/lib/content/navigation";

export function SiteFooter({ links }: { links: NavLink[] }) {
  return (
    <footer className="site-footer">
      <div className="site-width">
        <h2 className="visually-hidden">Support links</h2>
        <ul className="site-footer__links">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.title}</a>
            </li>
          ))}
        </ul>
        <p>This site sets no cookies and stores nothing about you. It gives information, not legal advice.</p>
      </div>
    </footer>
  );
}
