import type { GlossaryEntry } from "@/lib/content/glossary";
import { NATION_NAMES } from "@/lib/nations";

/** Every term the site uses, each with an id that other pages link to. */
export function Glossary({ entries }: { entries: GlossaryEntry[] }) {
  return (
    <dl className="glossary">
      {entries.map((entry) => (
        <div key={entry.id} id={entry.id} className="glossary__entry">
          <dt>{entry.term}</dt>
          <dd>
            {entry.definition}
            {entry.nations && <span className="glossary__nations"> (Used in {entry.nations.map((n) => NATION_NAMES[n]).join(" and ")}.)</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
