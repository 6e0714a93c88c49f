import type { Answers } from "../questions";

/**
 * Who the result speaks to (contract: the `who` question). "me" is the person the advocacy is
 * for; "someone-else" is a carer, relative, friend or professional asking for them. The voice
 * changes only words, never a result's type, strength, basis or condition logic.
 */
export type Who = "me" | "someone-else";

/** Pronouns and phrases that differ by voice; English verbs agree with "you" and "they" alike. */
export type Voice = {
  who: Who;
  /** Subject: "you" / "they". */
  you: string;
  You: string;
  /** Object: "you" / "them". */
  them: string;
  /** Possessive: "your" / "their". */
  your: string;
  Your: string;
  /** The person as a noun at the start of a sentence: "You" / "The person". */
  Person: string;
  /** Picks whole wording where a pronoun swap would not read naturally. */
  pick: (me: string, someoneElse: string) => string;
};

/** What a carer calls the person in a script they read out: the reader fills in the name. */
export const NAME = "[name]";

const VOICES: Record<Who, Voice> = {
  me: {
    who: "me",
    you: "you",
    You: "You",
    them: "you",
    your: "your",
    Your: "Your",
    Person: "You",
    pick: (me) => me,
  },
  "someone-else": {
    who: "someone-else",
    you: "they",
    You: "They",
    them: "them",
    your: "their",
    Your: "Their",
    Person: "The person",
    pick: (_, someoneElse) => someoneElse,
  },
};

/** The voice for these answers; without `who` (for example in the API) it is "me". */
export function voiceOf(answers: Answers): Voice {
  return VOICES[answers.who ?? "me"];
}

export const WHO_VALUES: readonly Who[] = ["me", "someone-else"];
