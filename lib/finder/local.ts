import { adultSocialCareOf, contactsFor, councilBySlug, healthBodiesOf, type Council, type HealthBody } from "../councils/directory";
import type { Answers } from "./questions";
import type { FinderResult, ResultType } from "./types";

/**
 * The `area` answer turned into whom to ask: the reader's own council, health board or HSC
 * trust for each kind of advocacy in the result. It never changes a result's type or strength
 * (contract amendment of 4 December 2026); it only names bodies.
 *
 * Who is the right body, by nation (corrections of 4 December 2026 and the fact sheets):
 * - England: the council that runs adult social care (a district's county) for Care Act
 *   advocates, council-arranged IMCAs, DoLS and NHS complaints advocacy; for an IMHA the ward
 *   staff first, then the council responsible under MHA s130C(4A), which for a detained patient
 *   is the one where the hospital is (so it may not be the reader's own council).
 * - Wales: the local health board arranges IMHAs (SI 2011/2501 reg 3, for patients in hospitals
 *   in its area) and makes IMCAs available (SI 2007/852); the council runs independent
 *   professional advocacy (Social Services and Well-being (Wales) Act 2014, Part 10 Code).
 * - Scotland: the council and the NHS board must each secure s259 advocacy; adult support and
 *   protection is the council's (2007 Act s6).
 * - Northern Ireland: the HSC trust or trusts for the council area.
 */

/** One body in the API's `local`: whom to ask, in plain words, and for which result types. */
export type LocalBody = { name: string; role: string; url: string | null; for: ResultType[] };
export type LocalAnswer = { area: { slug: string; name: string }; bodies: LocalBody[] };

/** A direct contact recorded with the page it was seen on. */
export type LocalContactView = { name: string; phone: string | null; seenOn: string };

/** For one result on the page: what to do first, then each body with a note where needed. */
export type WhoToAsk = {
  /** The council the reader chose: "Amber Valley Borough Council". */
  area: string;
  firstStep: string | null;
  bodies: { name: string; role: string; url: string | null; note: string | null; contacts: LocalContactView[] }[];
};

type Assignment = { body: Body; role: string; note: string | null; contactsFor: string | null };
type Body = { key: string; name: string; url: string | null; unchecked: string | null };

const councilBody = (council: Council): Body => ({ key: `council:${council.slug}`, name: council.name, url: council.homepage, unchecked: null });
const healthBody = (body: HealthBody, council: Council): Body => ({
  key: `health:${body.id}`,
  name: body.name,
  url: body.url,
  unchecked: council.health?.source ? null : (council.health?.note ?? null),
});

export function localAnswer(answers: Answers, results: FinderResult[]): { local: LocalAnswer; whoToAsk: Map<ResultType, WhoToAsk> } | null {
  const council = answers.area ? councilBySlug(answers.area) : undefined;
  if (!council || council.nation !== answers.nation) return null;
  const whoToAsk = new Map<ResultType, WhoToAsk>();
  const bodies = new Map<string, LocalBody>();
  for (const result of results) {
    if (result.strength === "not-entitled" || whoToAsk.has(result.type)) continue;
    const plan = planFor(result.type, council, answers);
    if (!plan) continue;
    whoToAsk.set(result.type, {
      area: council.name,
      firstStep: plan.firstStep,
      bodies: plan.assignments.map(({ body, role, note, contactsFor: type }) => ({
        name: body.name,
        role,
        url: body.url,
        note: [note, body.unchecked && UNCHECKED].filter(Boolean).join(" ") || null,
        contacts: type && body.key.startsWith("health:") ? contactViews(body.key.slice("health:".length), type) : [],
      })),
    });
    for (const { body, role } of plan.assignments) {
      const entry = bodies.get(body.key) ?? { name: body.name, role, url: body.url, for: [] };
      if (!entry.for.includes(result.type)) entry.for.push(result.type);
      bodies.set(body.key, entry);
    }
  }
  return { local: { area: { slug: council.slug, name: council.name }, bodies: [...bodies.values()] }, whoToAsk };
}

function contactViews(bodyId: string, type: string): LocalContactView[] {
  return contactsFor(bodyId, type).map((c) => ({ name: c.name, phone: c.phone ?? null, seenOn: c.seenOn }));
}

/** Shown with a board or trust whose row has no official source (data/local-health-bodies.json). */
const UNCHECKED = "Not yet checked against an official page: ask them to confirm they cover the address.";

type Plan = { firstStep: string | null; assignments: Assignment[] };

function planFor(type: ResultType, council: Council, answers: Answers): Plan | null {
  switch (council.nation) {
    case "england":
      return england(type, council, answers);
    case "wales":
      return wales(type, council, answers);
    case "scotland":
      return scotland(type, council);
    case "northern-ireland":
      return northernIreland(type, council);
  }
}

function england(type: ResultType, council: Council, answers: Answers): Plan | null {
  const care = adultSocialCareOf(council);
  if (!care) return null;
  const district =
    care.slug === council.slug ? null : `${council.name} is a district council: adult social care here is run by ${care.name}.`;
  const adultSocialCare = (note: string | null, role = "adult social care"): Plan => ({
    firstStep: null,
    assignments: [{ body: councilBody(care), role, note: [district, note].filter(Boolean).join(" ") || null, contactsFor: null }],
  });
  switch (type) {
    case "care-act":
      return adultSocialCare("Ask adult social care for a Care Act advocate.");
    case "imca":
      return adultSocialCare(
        "Whoever is making the decision (the NHS or the council) must instruct the IMCA. Where the council is deciding, ask its adult social care team.",
      );
    case "imca-dols":
    case "rpr":
      return adultSocialCare("The council where the person usually lives normally decides on the Deprivation of Liberty Safeguards.");
    case "complaints":
      // The social care complaint result is advocacy for children and young people (children's services).
      return answers.topic === "social-care-complaint"
        ? adultSocialCare("Ask children's services for an advocate to help a child or young person complain.", "children's services")
        : adultSocialCare("The council arranges free independent help to complain about NHS care.");
    case "imha": {
      const plan = adultSocialCare(imhaCouncilNote(answers, care));
      return { ...plan, firstStep: inHospital(answers) ? IMHA_WARD_FIRST : null };
    }
    default:
      return null;
  }
}

const IMHA_WARD_FIRST = "Ask the ward staff first. The hospital must explain how to get an IMHA.";

/** Whether the person is on a ward now, so the ward staff are the first people to ask. */
function inHospital(answers: Answers): boolean {
  return answers.mha === "detained" || answers.mha === "holding" || answers.mha === "informal";
}

/** MHA s130C(4A) (corrections of 4 December 2026): the responsible council may not be the reader's own. */
function imhaCouncilNote(answers: Answers, care: Council): string {
  switch (answers.mha) {
    case "detained":
      return `The council that arranges IMHAs for a detained patient is the one for the area where the hospital is. If the hospital is outside ${care.name}'s area, ask the ward staff which council it is.`;
    case "cto":
      return `On a community treatment order, the council that arranges IMHAs is the one for the area where the responsible hospital is. This may not be ${care.name}.`;
    default:
      return `Which council arranges the IMHA depends on the person's situation, so it may not be ${care.name}. Ask the staff or the council which one it is.`;
  }
}

function wales(type: ResultType, council: Council, answers: Answers): Plan | null {
  const [board] = healthBodiesOf(council);
  if (!board) return null;
  const socialServices = (note: string | null): Assignment => ({ body: councilBody(council), role: "social services", note, contactsFor: null });
  const healthBoard = (note: string | null): Assignment => ({ body: healthBody(board, council), role: "health board", note, contactsFor: type });
  switch (type) {
    case "imha":
      return {
        firstStep: inHospital(answers) ? IMHA_WARD_FIRST : null,
        assignments: [
          healthBoard(
            `In Wales the health board arranges IMHAs for patients in hospitals in its area. If the hospital is outside ${board.name}'s area, ask the ward staff which board it is.`,
          ),
        ],
      };
    case "wales-ipa":
      return { firstStep: null, assignments: [socialServices("Ask social services for independent professional advocacy.")] };
    case "complaints":
      // NHS complaints help in Wales is Llais, a national body; only the children's result is the council's.
      return answers.topic === "social-care-complaint"
        ? { firstStep: null, assignments: [socialServices("Ask social services for an advocate to help a child or young person complain.")] }
        : null;
    case "imca":
      return {
        firstStep: null,
        assignments: [
          healthBoard(
            "In Wales the health board makes IMCAs available. Whoever is making the decision (the NHS or the council) must instruct one.",
          ),
        ],
      };
    case "imca-dols":
    case "rpr":
      return {
        firstStep: null,
        assignments: [
          socialServices("For a care home, the council usually decides on the Deprivation of Liberty Safeguards."),
          healthBoard("For a hospital, ask the hospital which body decides: it may be the health board."),
        ],
      };
    default:
      return null;
  }
}

function scotland(type: ResultType, council: Council): Plan | null {
  const [board] = healthBodiesOf(council);
  if (!board) return null;
  switch (type) {
    case "scotland-mh":
      return {
        firstStep: null,
        assignments: [
          { body: councilBody(council), role: "council", note: "The council and the NHS board must each make sure independent advocacy is available.", contactsFor: null },
          { body: healthBody(board, council), role: "NHS board", note: null, contactsFor: type },
        ],
      };
    case "scotland-asp":
      return {
        firstStep: null,
        assignments: [{ body: councilBody(council), role: "council", note: "Adult support and protection is the council's job: ask its social work team.", contactsFor: null }],
      };
    default:
      return null;
  }
}

function northernIreland(type: ResultType, council: Council): Plan | null {
  if (type !== "non-statutory") return null;
  const trusts = healthBodiesOf(council);
  const shared = trusts.length > 1 ? "More than one trust covers this council area. Ask which one covers the person's address." : null;
  return {
    firstStep: null,
    assignments: trusts.map((trust, index) => ({
      body: healthBody(trust, council),
      role: "HSC trust",
      note: index === 0 ? shared : null,
      contactsFor: type,
    })),
  };
}
