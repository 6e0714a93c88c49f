import { describe, expect, it } from "vitest";
import { answersToSearch } from "../../../lib/finder/query";
import type { Answers } from "../../../lib/finder/questions";
import { resultsFor } from "../../../lib/finder/rules";
import { WHO_VALUES } from "../../../lib/finder/rules/voice";
import type { FinderResult } from "../../../lib/finder/types";
import { enumeratePaths } from "./helpers";

/** Every path once, without a voice (the walker may or may not ask `who`). */
const paths = [
  ...new Map(
    enumeratePaths().map((answers) => {
      const { who: _who, ...rest } = answers;
      return [answersToSearch(rest), rest as Answers];
    }),
  ).values(),
];
const inVoice = (answers: Answers, who: (typeof WHO_VALUES)[number]) => resultsFor({ ...answers, who });
/** Everything about a result except its wording. */
const substance = (r: FinderResult) => ({
  type: r.type,
  strength: r.strength,
  basis: r.basis,
  basisUrl: r.basisUrl,
  arrangedBy: r.arrangedBy,
  contacts: r.contacts,
  guidance: r.guidance,
  conditional: r.condition !== null,
});

describe("who: the voice changes the words, never the results (contract)", () => {
  it("gives identical type, strength, basis and arranger in both voices, on every path", () => {
    for (const answers of paths) {
      const [me, other] = WHO_VALUES.map((who) => inVoice(answers, who).map(substance));
      expect(other, answersToSearch(answers)).toEqual(me);
    }
    expect(paths.length).toBeGreaterThan(200);
  });

  it("defaults to 'me' when who is not given (the API)", () => {
    for (const answers of paths) expect(resultsFor(answers)).toEqual(inVoice(answers, "me"));
  });

  it("speaks of the person, not 'you', in every summary and condition for someone else", () => {
    const spoken = /\byou (have|are|were|will|need|would|could)\b|\byour\b|\byourself\b/i;
    let checked = 0;
    for (const answers of paths) {
      for (const r of inVoice(answers, "someone-else")) {
        for (const text of [r.summary, r.condition ?? ""]) expect(text, `${answersToSearch(answers)} ${r.type}`).not.toMatch(spoken);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it("gives a carer words to say for the person, never the person's own 'me' or 'my'", () => {
    const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    for (const answers of paths) {
      for (const r of inVoice(answers, "someone-else")) {
        for (const said of quoted(r.howToAsk)) expect(said, `${answersToSearch(answers)} ${r.type}`).not.toMatch(/\b(me|my|myself)\b/i);
      }
    }
  });

  it("changes the words where the person is spoken of (an example from the contract)", () => {
    const detained = { nation: "england", topic: "mental-health", mha: "detained" } as const;
    const me = inVoice(detained, "me")[0]!;
    const carer = inVoice(detained, "someone-else")[0]!;
    expect(me.summary).toMatch(/^You have a right to an IMHA while you are detained/);
    expect(carer.summary).toMatch(/^They have a right to an IMHA while they are detained/);
    expect(me.howToAsk).toContain('"I would like to see an Independent Mental Health Advocate (IMHA), please."');
    expect(carer.howToAsk).toContain('"I am asking for an IMHA for [name], who is detained under the Mental Health Act."');
    const differing = paths.filter((a) => JSON.stringify(inVoice(a, "me")) !== JSON.stringify(inVoice(a, "someone-else")));
    expect(differing.length).toBe(paths.length);
  });
});
