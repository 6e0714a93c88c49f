import type { NavLink } from "@/lib/content/navigation";

/** GOV.UK pattern: an ordered list in a labelled nav; the current page is text, not a link. */
export function Breadcrumbs({ trail }: { trail: NavLink[] }) {
  if (trail.length < 2) return null;
  const current = trail[trail.length - 1]!;
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.slice(0, -1).map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.title}</a>
          </li>
        ))}
        <li aria-current="page">{current.title}</li>
      </ol>
    </nav>
  );
}
