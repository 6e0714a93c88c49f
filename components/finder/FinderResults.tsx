import type { Voice } from "@/lib/finder/questions";
import type { ResultView } from "@/lib/finder/step";
import { termsUsed, type TermEntry, type TermUsed } from "@/lib/finder/terms";
import type { Strength } from "@/lib/finder/types";
import { NATION_NAMES, type Nation } from "@/lib/nations";
import { ResultCard } from "./ResultCard";

const GROUPS: { strength: Strength; heading: Record<Voice, string> }[] = [
  { strength: "must-provide", heading: { me: "Advocacy you have a right to", "someone-else": "Advocacy they have a right to" } },
  {
    strength: "must-consider",
    heading: { me: "Advocacy that must be considered for you", "someone-else": "Advocacy that must be considered for them" },
  },
  {
    strength: "discretionary",
    heading: { me: "Other advocacy you may be able to get", "someone-else": "Other advocacy they may be able to get" },
  },
  {
    strength: "not-entitled",
    heading: { me: "Advocacy that does not apply to you, and why", "someone-else": "Advocacy that does not apply to them, and why" },
  },
];

/** Each legal word is explained on the first card, in page order, that uses it (not on every card). */
function explainOnce(results: ResultView[], glossary: readonly TermEntry[], nation: Nation): Map<ResultView, TermUsed[]> {
  const seen = new Set<string>();
  const ordered = GROUPS.flatMap(({ strength }) => results.filter((r) => r.strength === strength));
  return new Map(
    ordered.map((result) => {
      const found = termsUsed([result.summary, result.condition ?? "", result.arrangedBy, result.howToAsk], glossary, nation);
      const fresh = found.filter((term) => !seen.has(term.id));
      for (const term of fresh) seen.add(term.id);
      return [result, fresh] as const;
    }),
  );
}

type Props = { results: ResultView[]; voice: Voice; nation: Nation; glossary: readonly TermEntry[] };

/**
 * The results, strongest group first; the first card is the answer the page heading names.
 * Kinds of advocacy that are not part of this nation's law get one line, not cards (issue 20 §5).
 */
export function FinderResults({ results, voice, nation, glossary }: Props) {
  const here = results.filter((result) => result.inThisNation);
  const elsewhere = results.filter((result) => !result.inThisNation);
  const termsFor = explainOnce(here, glossary, nation);
  return (
    <>
      {GROUPS.map(({ strength, heading }) => {
        const group = here.filter((result) => result.strength === strength);
        if (group.length === 0) return null;
        return (
          <section key={strength} aria-labelledby={`group-${strength}`} className="result-group">
            <h2 id={`group-${strength}`}>{heading[voice]}</h2>
            {group.map((result) => (
              <ResultCard
                key={`${result.type}-${result.strength}`}
                result={result}
                voice={voice}
                terms={termsFor.get(result) ?? []}
              />
            ))}
          </section>
        );
      })}
      {elsewhere.length > 0 && (
        <p className="result-elsewhere">
          Not part of the law in {NATION_NAMES[nation]}, so not listed above:{" "}
          {elsewhere.map((result, index) => (
            <span key={result.type}>
              {index > 0 && "; "}
              {result.title}
            </span>
          ))}
          . These are for other parts of the UK.
        </p>
      )}
    </>
  );
}
