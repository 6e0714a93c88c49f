import { NATION_NAMES, nationList, nationNames, type Nation } from "@/lib/nations";

interface Props {
  nations: Nation[];
  /** Pages on the same topic for the other nations. */
  equivalents: Partial<Record<Nation, string>>;
  /** Name every nation (Easy Read), never "all four UK nations". */
  spellOut?: boolean;
}

export function NationsNotice({ nations, equivalents, spellOut = false }: Props) {
  const others = (Object.entries(equivalents) as [Nation, string][]).filter(([nation]) => !nations.includes(nation));
  return (
    <div className="nations-notice">
      <p>
        <strong>This page is for:</strong> {spellOut ? nationNames(nations) : nationList(nations)}.
      </p>
      {others.length > 0 && (
        <p>
          Elsewhere in the UK:{" "}
          {others.map(([nation, href], i) => (
            <span key={nation}>
              {i > 0 && ", "}
              <a href={href}>{NATION_NAMES[nation]}</a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
