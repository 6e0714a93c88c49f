import { NATION_NAMES, nationList, type Nation } from "@/lib/nations";

interface Props {
  nations: Nation[];
  /** Pages on the same topic for the other nations. */
  equivalents: Partial<Record<Nation, string>>;
}

export function NationsNotice({ nations, equivalents }: Props) {
  const others = (Object.entries(equivalents) as [Nation, string][]).filter(([nation]) => !nations.includes(nation));
  return (
    <div className="nations-notice">
      <p>
        <strong>This page is for:</strong> {nationList(nations)}.
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
