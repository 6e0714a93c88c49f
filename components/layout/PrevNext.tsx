import type { NavLink } from "@/lib/content/navigation";

export function PrevNext({ previous, next }: { previous: NavLink | null; next: NavLink | null }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next pages" className="prev-next">
      <ul>
        {previous && (
          <li className="prev-next__previous">
            <a href={previous.href} rel="prev">
              <span className="prev-next__label">Previous</span> {previous.title}
            </a>
          </li>
        )}
        {next && (
          <li className="prev-next__next">
            <a href={next.href} rel="next">
              <span className="prev-next__label">Next</span> {next.title}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
