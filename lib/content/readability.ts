import { fleschKincaid } from "flesch-kincaid";
import type { Root, Sentence } from "nlcst";
import { toString } from "nlcst-to-string";
import { ParseEnglish } from "parse-english";
import { syllable } from "syllable";
import { visit } from "unist-util-visit";

/**
 * Plain-English measures over a page's rendered text, using the words/retext family
 * (parse-english for sentences and words, syllable, flesch-kincaid) rather than hand-made counting.
 */

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
  /** The longest sentence, with titles of Acts counted as one word. */
  longestSentence: { words: number; text: string };
}

/** "the Mental Health (Care and Treatment) (Scotland) Act 2003" and the like. */
const LAW_TITLE =
  /\b(?:[A-Z][\w'’-]*|and|of|the|for|\([A-Z][A-Za-z ]*\))(?:\s+(?:[A-Z][\w'’-]*|and|of|the|for|\([A-Z][A-Za-z ]*\)))*\s+(?:Act|Order|Measure|Regulations)\s+\d{4}\b/g;

function wordsIn(node: Sentence | Root): number {
  let count = 0;
  visit(node, "WordNode", () => {
    count += 1;
  });
  return count;
}

function parse(blocks: string[]): Root {
  // Headings and list items rarely end in a full stop; each block is its own sentence at least.
  const text = blocks.map((block) => (/[.!?:]["”’)]*$/.test(block) ? block : `${block}.`)).join("\n\n");
  return new ParseEnglish().parse(text);
}

export function measureReadability(blocks: string[]): Readability {
  const tree = parse(blocks);
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  let longest = { words: 0, text: "" };
  visit(tree, "SentenceNode", (sentence: Sentence) => {
    const sentenceWords = wordsIn(sentence);
    if (sentenceWords === 0) return;
    sentences += 1;
    words += sentenceWords;
    visit(sentence, "WordNode", (word) => {
      syllables += syllable(toString(word));
    });
    const text = toString(sentence);
    const withoutLawTitles = wordsIn(new ParseEnglish().parse(text.replace(LAW_TITLE, "Law")));
    if (withoutLawTitles > longest.words) longest = { words: withoutLawTitles, text };
  });
  const grade = sentences === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { words, sentences, grade: Math.round(grade * 10) / 10, longestSentence: longest };
}

/**
 * The plain Flesch-Kincaid grade that issue 20 measured Easy Read with, kept beside the one above
 * so both can be reported: sentences end at a full stop (or ? and !) and at every line end (each
 * block is a line); syllables come from the common vowel-group rule. It scores a little higher
 * than the `syllable` package on short words such as "care" or "advocates".
 */
export interface PlainReadability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Drop a silent final -e, -ed or -es, then count groups of one or two vowels (at least 1). */
export function vowelGroupSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, "");
  if (lower.length === 0) return 0;
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

const WORD = /[A-Za-z0-9][A-Za-z0-9'’.-]*/g;

export function plainFleschKincaid(blocks: string[]): PlainReadability {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const line of blocks.join("\n").split("\n")) {
    for (const sentence of line.split(/[.?!](?=\s|$|["”’)])/)) {
      const found = (sentence.match(WORD) ?? []).map((w) => w.replace(/[.'’-]+$/, ""));
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      // A number such as "28" or "2019" is read as one word of one syllable or more; count it once.
      for (const word of found) syllables += /[a-z]/i.test(word) ? vowelGroupSyllables(word) : 1;
    }
  }
  const grade = sentences === 0 || words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
