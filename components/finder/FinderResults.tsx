import { letterFor, refusalLetterFor } from "@/lib/finder/letters";
import type { FinderResult, Strength } from "@/lib/finder/types";
import type { Nation } from "@/lib/nations";
import type { Organisation } from "@/lib/organisations";
import { ResultCard, type ResultLetters } from "./ResultCard";

const GROUPS: { strength: Strength; heading: string }[] = [
  { strength: "must-provide", heading: "Advocacy you have a right to" },
  { strength: "must-consider", heading: "Advocacy they must think about giving you" },
  { strength: "discretionary", heading: "Other advocacy you may be able to get" },
  { strength: "not-entitled", heading: "Advocacy that does not apply to you, and why" },
];

/** Only the duties ("must") have a refusal to challenge; nobody has to give discretionary advocacy. */
const DUTIES: readonly Strength[] = ["must-provide", "must-consider"];

interface Props {
  nation: Nation;
  results: FinderResult[];
  organisations: Organisation[];
}

export function FinderResults({ nation, results, organisations }: Props) {
  const contactsFor = (result: FinderResult) =>
    result.contacts.flatMap((id) => organisations.filter((org) => org.id === id));
  const lettersFor = (result: FinderResult): ResultLetters => ({
    ask: letterFor(result.type, nation),
    refused: DUTIES.includes(result.strength) ? refusalLetterFor(result.type, nation) : null,
  });
  return (
    <>
      {GROUPS.map(({ strength, heading }) => {
        const group = results.filter((result) => result.strength === strength);
        if (group.length === 0) return null;
        return (
          <section key={strength} aria-labelledby={`group-${strength}`} className="result-group">
            <h2 id={`group-${strength}`}>{heading}</h2>
            {group.map((result) => (
              <ResultCard
                key={`${result.type}-${result.strength}`}
                result={result}
                contacts={contactsFor(result)}
                letters={lettersFor(result)}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}
