import type { FinderResult, Strength } from "@/lib/finder/types";
import type { Organisation } from "@/lib/organisations";
import { ResultCard } from "./ResultCard";

const GROUPS: { strength: Strength; heading: string }[] = [
  { strength: "must-provide", heading: "Advocacy you have a right to" },
  { strength: "must-consider", heading: "Advocacy they must think about giving you" },
  { strength: "discretionary", heading: "Other advocacy you may be able to get" },
  { strength: "not-entitled", heading: "Advocacy that does not apply to you, and why" },
];

interface Props {
  results: FinderResult[];
  organisations: Organisation[];
}

export function FinderResults({ results, organisations }: Props) {
  const contactsFor = (result: FinderResult) =>
    result.contacts.flatMap((id) => organisations.filter((org) => org.id === id));
  return (
    <>
      {GROUPS.map(({ strength, heading }) => {
        const group = results.filter((result) => result.strength === strength);
        if (group.length === 0) return null;
        return (
          <section key={strength} aria-labelledby={`group-${strength}`} className="result-group">
            <h2 id={`group-${strength}`}>{heading}</h2>
            {group.map((result) => (
              <ResultCard key={`${result.type}-${result.strength}`} result={result} contacts={contactsFor(result)} />
            ))}
          </section>
        );
      })}
    </>
  );
}
