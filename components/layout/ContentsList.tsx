import type { TocEntry } from "@/lib/content/rehype-collect";

export function ContentsList({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 3) return null;
  return (
    <nav aria-labelledby="contents-heading" className="contents-list">
      <h2 id="contents-heading">Contents</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
