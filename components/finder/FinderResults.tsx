import type { Voice } from "@/lib/finder/questions";
import type { ResultView } from "@/lib/finder/step";
import type { Strength } from "@/lib/finder/types";
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

/** The results, strongest group first; the first card is the answer the page heading names. */
export function FinderResults({ results, voice }: { results: ResultView[]; voice: Voice }) {
  return (
    <>
      {GROUPS.map(({ strength, heading }) => {
        const group = results.filter((result) => result.strength === strength);
        if (group.length === 0) return null;
        return (
          <section key={strength} aria-labelledby={`group-${strength}`} className="result-group">
            <h2 id={`group-${strength}`}>{heading[voice]}</h2>
            {group.map((result) => (
              <ResultCard key={`${result.type}-${result.strength}`} result={result} voice={voice} />
            ))}
          </section>
        );
      })}
    </>
  );
}
