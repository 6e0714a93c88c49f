import { QUESTION_IDS, answerSchemas, answersSchema, declarationOf, inVoice } from "./questions";
import type { Answers, QuestionId, Voice } from "./questions";

export type { Answers } from "./questions";

export type QueryError = { question: QuestionId; message: string };
export type ParseResult = { ok: true; answers: Answers } | { ok: false; error: QueryError };

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** How much of a bad value we repeat back; never more, whatever arrives. */
const MAX_ECHO = 40;

/**
 * Reads finder answers from a query string (or Next's parsed query object).
 * Unknown names are ignored and empty values mean "unanswered". It never
 * throws: every odd input becomes either answers or one plain error.
 */
export function parseAnswers(input: QueryInput): ParseResult {
  try {
    return parseKnownValues(collectValues(input));
  } catch {
    // Defensive only: a hostile object (a throwing getter, say) must not 500.
    return { ok: false, error: { question: "nation", message: "We could not read your answers. Please start again." } };
  }
}

/** Gathers the raw values of known question ids only, into a Map. */
function collectValues(input: QueryInput): Map<QuestionId, unknown[]> {
  const values = new Map<QuestionId, unknown[]>();
  for (const id of QUESTION_IDS) {
    const raw = input instanceof URLSearchParams ? input.getAll(id) : ownValue(input, id);
    const list = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== undefined && v !== "");
    if (list.length > 0) values.set(id, list);
  }
  return values;
}

/** Reads only the object's own property, so `__proto__` tricks never reach us. */
function ownValue(input: Record<string, unknown>, id: QuestionId): unknown {
  return Object.hasOwn(input, id) ? input[id] : undefined;
}

function parseKnownValues(values: Map<QuestionId, unknown[]>): ParseResult {
  // Messages speak to whoever the address says is asking, when it says so clearly.
  const voice: Voice = values.get("who")?.[0] === "someone-else" ? "someone-else" : "me";
  const candidate = new Map<QuestionId, unknown>();
  for (const id of QUESTION_IDS) {
    const list = values.get(id);
    if (!list) continue;
    const distinct = new Set(list);
    if (distinct.size > 1) return fail(id, `The web address has more than one answer to this question. ${select(id, voice)}.`);
    const value = list[0];
    if (!answerSchemas[id].safeParse(value).success) return fail(id, notAChoiceMessage(id, value, voice));
    candidate.set(id, value);
  }
  // z.object builds a fresh object holding only the known keys.
  const parsed = answersSchema.safeParse(Object.fromEntries(candidate));
  if (parsed.success) return fitsTogether(parsed.data);
  const question = firstQuestionIn(parsed.error.issues.map((issue) => issue.path[0]));
  return fail(question, `${select(question, voice)}.`);
}

/** Answers each valid alone may still contradict each other (a Welsh council with nation=england). */
function fitsTogether(answers: Answers): ParseResult {
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    const check = declarationOf(id).fitsEarlier;
    const problem = value === undefined || !check ? null : check(value, answers);
    if (problem) return fail(id, problem);
  }
  return { ok: true, answers };
}

/** The question's GOV.UK error wording: "Select which part of the UK this is about". */
function select(id: QuestionId, voice: Voice): string {
  return inVoice(declarationOf(id).error, voice);
}

function notAChoiceMessage(id: QuestionId, value: unknown, voice: Voice): string {
  if (typeof value !== "string") return `${select(id, voice)}.`;
  return `“${shorten(value)}” is not one of the answers. ${select(id, voice)}.`;
}

/** Cuts by code point, so an emoji or accented letter is never split in two. */
function shorten(value: string): string {
  const chars = Array.from(value.slice(0, MAX_ECHO * 2));
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join("")}…` : chars.join("");
}

function firstQuestionIn(keys: unknown[]): QuestionId {
  return QUESTION_IDS.find((id) => keys.includes(id)) ?? "nation";
}

function fail(question: QuestionId, message: string): ParseResult {
  return { ok: false, error: { question, message } };
}

/** Canonical query string: contract order, answered questions only, no "?". */
export function answersToSearch(answers: Answers): string {
  const params = new URLSearchParams();
  for (const id of QUESTION_IDS) {
    const value = answers[id];
    if (value !== undefined) params.append(id, value);
  }
  return params.toString();
}
