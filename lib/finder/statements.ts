import type { Nation } from "../nations";
import { arrangerOf, type ArrangerId } from "./arrangers";
import { evaluate } from "./evaluate";
import { nextQuestion } from "./flow";
import { QUESTIONS, type Answers } from "./questions";
import { RESULT_TYPES, STRENGTHS, type FinderResult, type ResultType, type Strength } from "./types";

/**
 * Issue 17 section 4, "one rule, told the same way everywhere": each (nation, advocacy type) has
 * one statement of how strong the right is, who arranges it and its key conditions. Strength and
 * arranger are not written here: they are derived from the finder's rules, by running every
 * answer path, so the finder stays the single source. Only the key conditions are declared, as
 * a plain summary for reviewers (docs/finder-decision-table.md shows them). Pages, Easy Read
 * pages and letters declare in frontmatter (`states:`) which statements they make; a test checks
 * each declaration against these.
 */
export type Statement = {
  nation: Nation;
  type: ResultType;
  /** The strongest strength the finder gives this type in this nation, on any path. */
  strength: Strength;
  /** Every strength the finder gives it, strongest first (narrower cases are weaker). */
  strengths: Strength[];
  /** Who arranges it where it applies (from the finder's `arrangedBy`), main one first. */
  arrangers: ArrangerId[];
  /** Declared below: what must be true for the strongest strength. */
  conditions: readonly string[];
};

type Key = `${Nation}/${ResultType}`;

/**
 * The key conditions, in plain words, with the provisions they rest on. Every (nation, type)
 * the finder gives has an entry here; a test fails when one is missing.
 */
export const KEY_CONDITIONS: Partial<Record<Key, readonly string[]>> = {
  // MHA 1983 s130C (qualifying patients), s130A (the council arranges).
  "england/imha": ["Detained (not only under a short holding or place-of-safety power), on a CTO, under guardianship or conditionally discharged", "Or a section 57 treatment, or ECT for someone under 18, is being considered"],
  // MCA 2005 ss37-40, s2(5); SI 2006/2883 regs 3-5.
  "england/imca": ["16 or over and cannot make the decision", "Nobody but paid staff to consult, and no attorney, deputy or nominee for it", "A duty for serious medical treatment (NHS) and for stays of 28 days or more in hospital or 8 weeks or more in a care home (NHS) or in accommodation the council arranges", "A power, not a duty, for some care reviews and for safeguarding"],
  // MCA 2005 ss39A, 39C, 39D, 40; Sch A1 paras 139, 161.
  "england/imca-dols": ["Section 39A: nobody but paid staff to consult, from the request until the first representative is appointed", "Section 39C: a representative's appointment ends", "Section 39D: the representative is unpaid and the person or the representative asks", "None where there is an attorney, deputy or nominee for it"],
  "england/rpr": ["Once a standard authorisation is given"],
  // Care Act 2014 ss67-68; SI 2014/2889 reg 4.
  "england/care-act": ["Substantial difficulty in being involved", "No appropriate unpaid person the person agrees to (or, if they cannot decide, who is in their best interests)", "With such a person, still due for a likely long NHS stay or a material disagreement (reg 4)"],
  // LGPIHA 2007 s223A (NHS complaints); Children Act 1989 s26A.
  "england/complaints": ["A complaint about NHS care", "For social care: children in care, children in need and care leavers"],
  "england/non-statutory": ["No law requires it: a local service may help"],
  // MHA 1983 ss130E-130L (Wales); WSI 2011/2501 reg 3.
  "wales/imha": ["Compulsory patients (not only under s135 or s136)", "Informal in-patients in Wales", "Or a section 57 treatment, or ECT for someone under 18, is being considered"],
  // MCA 2005 ss37-40; WSI 2007/852 regs 5, 8, 9.
  "wales/imca": ["16 or over and cannot make the decision", "Nobody but paid staff to consult, and no attorney, deputy or nominee for it", "A duty for serious medical treatment (NHS) and for stays of 28 days or more in hospital or 8 weeks or more in a care home (NHS) or in accommodation the council arranges", "A power, not a duty, for some reviews and for safeguarding; the health board makes IMCAs available"],
  "wales/imca-dols": ["Section 39A: nobody but paid staff to consult, from the request until the first representative is appointed", "Section 39C: a representative's appointment ends", "Section 39D: the representative is unpaid and the person or the representative asks", "None where there is an attorney, deputy or nominee for it"],
  "wales/rpr": ["Once a standard authorisation is given"],
  // SSWB(W)A 2014 Part 10 Code (ss145, 147).
  "wales/wales-ipa": ["Can only take full part in assessment, care and support planning, review or safeguarding with help", "No appropriate individual available to help"],
  "wales/care-act": ["The Care Act does not apply in Wales"],
  // NHS (Wales) Act 2006 s187; HSC(QE)(W)A 2020 s16; SSWB(W)A 2014 s178.
  "wales/complaints": ["A complaint about NHS care: the Welsh Ministers must arrange advocacy, and Llais gives it", "For social care: children and care leavers; Llais may help adults"],
  "wales/non-statutory": ["No law requires it: a local service may help"],
  // MHCT(S)A 2003 s259.
  "scotland/scotland-mh": ["A mental disorder (mental illness, learning disability, dementia, personality disorder or similar); no diagnosis needed", "A right of access: the council and health board must make sure advocacy services are available"],
  // ASP(S)A 2007 s6.
  "scotland/scotland-asp": ["The council has made inquiries and decides to act: it must consider advocacy"],
  // PR(S)A 2011 ss17-18.
  "scotland/complaints": ["A complaint about NHS care only"],
  "scotland/imha": ["Not in Scotland: use the right of access to advocacy"],
  "scotland/imca": ["Not in Scotland"],
  "scotland/imca-dols": ["Not in Scotland"],
  "scotland/care-act": ["The Care Act does not apply in Scotland"],
  "scotland/non-statutory": ["No law requires it: a local service may help"],
  // MCA (NI) 2016 ss35-36 and Part 4: not commenced (contract amendment of 4 December 2026).
  "northern-ireland/ni-imca": ["The Act provides for IMCAs, but those parts have not started"],
  // HSC (Reform) Act (NI) 2009 s17.
  "northern-ireland/complaints": ["A complaint about health or social care"],
  "northern-ireland/imha": ["Not in Northern Ireland"],
  "northern-ireland/care-act": ["The Care Act does not apply in Northern Ireland"],
  "northern-ireland/non-statutory": ["No law requires it: an HSC Trust may fund advocacy"],
};

/** Every complete answer path the API accepts (each option at each question it asks). */
function allPaths(answers: Answers = {}): Answers[] {
  const next = nextQuestion(answers);
  if (!next) return [answers];
  return QUESTIONS[next].options.flatMap((option) => allPaths({ ...answers, [next]: option.value } as Answers));
}

type Derived = { statement: Statement; results: FinderResult[] };
let cache: Map<Key, Derived> | null = null;

function derived(): Map<Key, Derived> {
  if (!cache) cache = derive();
  return cache;
}

/** All statements, derived once from the rules. */
export function statements(): Statement[] {
  const order = (s: Statement) => RESULT_TYPES.indexOf(s.type);
  return [...derived().values()].map((d) => d.statement).sort((a, b) => order(a) - order(b));
}

export function statementFor(nation: Nation, type: ResultType): Statement | undefined {
  return derived().get(`${nation}/${type}`)?.statement;
}

function derive(): Map<Key, Derived> {
  const found = new Map<Key, { nation: Nation; type: ResultType; results: FinderResult[] }>();
  for (const answers of allPaths()) {
    const nation = answers.nation!;
    for (const r of evaluate(answers).results) {
      const key: Key = `${nation}/${r.type}`;
      const entry = found.get(key) ?? { nation, type: r.type, results: [] };
      entry.results.push(r);
      found.set(key, entry);
    }
  }
  const out = new Map<Key, Derived>();
  for (const [key, { nation, type, results }] of found) {
    const strengths = STRENGTHS.filter((s) => results.some((r) => r.strength === s));
    const strength = strengths[0]!;
    const arrangers = arrangersIn(results, strength);
    out.set(key, { statement: { nation, type, strength, strengths, arrangers, conditions: KEY_CONDITIONS[key] ?? [] }, results });
  }
  return out;
}

/** Who the finder says arranges results of this strength, each once, in the order first met. */
function arrangersIn(results: FinderResult[], strength: Strength): ArrangerId[] {
  const ids = results.filter((r) => r.strength === strength).map((r) => arrangerOf(r.arrangedBy));
  return [...new Set(ids)].filter((id): id is ArrangerId => id !== null);
}

/** What a page declares it states (frontmatter `states:`). */
export type DeclaredStatement = { nation: Nation; type: ResultType; strength: Strength; arranger: ArrangerId };

/**
 * Why a page's declaration disagrees with the finder, or null if it agrees: the finder must give
 * that strength for that nation and type on some path, arranged by that body.
 */
export function disagreement(declared: DeclaredStatement): string | null {
  const statement = statementFor(declared.nation, declared.type);
  const where = `${declared.nation} ${declared.type}`;
  if (!statement) return `the finder gives no ${declared.type} result in ${declared.nation}`;
  if (!statement.strengths.includes(declared.strength)) {
    return `${where}: the finder never gives "${declared.strength}" (it gives ${statement.strengths.join(", ")})`;
  }
  const arrangers = arrangersIn(derived().get(`${declared.nation}/${declared.type}`)!.results, declared.strength);
  if (!arrangers.includes(declared.arranger)) {
    return `${where} ${declared.strength}: the finder says it is arranged by ${arrangers.join(" or ") || "nobody named"}, not "${declared.arranger}"`;
  }
  return null;
}
