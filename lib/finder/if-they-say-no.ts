import type { Nation } from "../nations";
import type { FinderResult, ResultType } from "./types";

/**
 * "If they say no" (issue 20 §3): the next step that can work for each kind of advocacy in each
 * nation. First who alone can arrange it (so nobody is sent to a service that cannot give what
 * was refused: a charity cannot instruct an IMCA), then the complaint route, then the
 * ombudsman by name with a link to that nation's part of the complaints page.
 */

/** An ombudsman, with what it looks at where a nation has more than one. */
export type Ombudsman = { name: string; href: string; covers?: string };

export type NoSteps = {
  /** Who alone can give it, and what to ask them for. */
  arrange: string;
  /** Where to complain first. */
  complain: string;
  /** The ombudsman after the complaint, or null where no public body decided. */
  ombudsman: Ombudsman[] | null;
  /** Law registry ids behind the route (the duty's own law is on the result). */
  law: string[];
};

const COMPLAINTS_PAGE = "/complaints-and-ombudsmen";

/** The complaints page's section for each ombudsman (fixed ids on content/pages/complaints-and-ombudsmen.mdx). */
const at = (section: string) => `${COMPLAINTS_PAGE}#${section}`;

export const OMBUDSMEN = {
  lgsco: { name: "Local Government and Social Care Ombudsman", href: at("england-social-care"), covers: "for councils and care" },
  phso: { name: "Parliamentary and Health Service Ombudsman", href: at("england-nhs"), covers: "for the NHS" },
  psow: { name: "Public Services Ombudsman for Wales", href: at("wales") },
  spso: { name: "Scottish Public Services Ombudsman", href: at("scotland") },
  nipso: { name: "Northern Ireland Public Services Ombudsman", href: at("northern-ireland") },
} as const satisfies Record<string, Ombudsman>;

/** Which kind of public body decides, which sets the complaint route and the ombudsman. */
type Body = "council" | "nhs" | "council-or-nhs" | "trust" | "complaints-help" | "none";

const BODY: Record<Nation, Partial<Record<ResultType, Body>>> = {
  england: {
    imha: "council",
    imca: "council-or-nhs",
    "imca-dols": "council",
    rpr: "council",
    "care-act": "council",
    complaints: "council",
    "non-statutory": "none",
  },
  wales: {
    imha: "nhs",
    imca: "council-or-nhs",
    "imca-dols": "council-or-nhs",
    rpr: "council-or-nhs",
    "wales-ipa": "council",
    complaints: "complaints-help",
    "non-statutory": "none",
  },
  scotland: {
    "scotland-mh": "council-or-nhs",
    "scotland-asp": "council",
    complaints: "complaints-help",
    "non-statutory": "none",
  },
  "northern-ireland": {
    complaints: "complaints-help",
    "non-statutory": "none",
  },
};

/** Children's social care complaints advocacy in Wales is the council's duty (SSWB(W)A 2014 s178), not Llais's. */
function bodyFor(result: FinderResult, nation: Nation, topic: string | undefined): Body | undefined {
  if (nation === "wales" && result.type === "complaints" && topic === "social-care-complaint") return "council";
  return BODY[nation][result.type];
}

const NO_DUTY_NEXT: Record<Nation, string> = {
  england: "Try another service listed here. You can also ask the council what advocacy it pays for.",
  wales: "Try another service listed here. You can also ask the council or health board what advocacy it pays for.",
  scotland: "Try another service listed here. You can also ask the council or health board what advocacy it pays for.",
  "northern-ireland": "Try another service listed here. You can also ask the Health and Social Care Trust what advocacy it funds.",
};

const COMPLAIN: Record<Nation, Record<"council" | "nhs" | "council-or-nhs" | "trust", string>> = {
  england: {
    council: "Complain to the council, using its complaints procedure.",
    nhs: "Complain to the NHS body, using its complaints procedure.",
    "council-or-nhs": "Complain to the council or NHS body that said no, using its complaints procedure.",
    trust: "Complain to the body that said no.",
  },
  wales: {
    council: "Complain to the council, using its social services complaints procedure.",
    nhs: "Raise a concern with the health board. In Wales this is called Putting Things Right.",
    "council-or-nhs": "Complain to the council, or raise a concern with the health board (Putting Things Right).",
    trust: "Complain to the body that said no.",
  },
  scotland: {
    council: "Complain to the council, using its complaints procedure.",
    nhs: "Complain to the NHS board, using its complaints procedure.",
    "council-or-nhs": "Complain to the council or NHS board, using its complaints procedure.",
    trust: "Complain to the body that said no.",
  },
  "northern-ireland": {
    council: "Complain to the Health and Social Care Trust.",
    nhs: "Complain to the Health and Social Care Trust.",
    "council-or-nhs": "Complain to the Health and Social Care Trust.",
    trust: "Complain to the Health and Social Care Trust, using its complaints procedure.",
  },
};

function ombudsmenFor(nation: Nation, body: Body): Ombudsman[] {
  switch (nation) {
    case "england":
      if (body === "nhs") return [OMBUDSMEN.phso];
      if (body === "council-or-nhs" || body === "complaints-help") return [OMBUDSMEN.lgsco, OMBUDSMEN.phso];
      return [OMBUDSMEN.lgsco];
    case "wales":
      return [OMBUDSMEN.psow];
    case "scotland":
      return [OMBUDSMEN.spso];
    case "northern-ireland":
      return [OMBUDSMEN.nipso];
  }
}

const OMBUDSMAN_LAW: Record<Nation, string[]> = {
  england: ["lgpiha-2007-s174"],
  wales: ["psowa-2019-s3"],
  scotland: [],
  "northern-ireland": ["nipsoa-2016-s24"],
};

/** The instructed roles: only the named public body can bring one in. */
const INSTRUCTED: readonly ResultType[] = ["imca", "imca-dols", "rpr"];

/** The statutory complaints helpers, by the names readers know them. */
const COMPLAINTS_HELPER: Record<Nation, string> = {
  england: "the complaints advocacy service",
  wales: "Llais",
  scotland: "the Patient Advice and Support Service (PASS)",
  "northern-ireland": "the Patient and Client Council",
};

function arrangeStep(result: FinderResult, body: Body, nation: Nation): string {
  if (body === "none") return "No law makes anyone provide this.";
  if (body === "complaints-help") return `If ${COMPLAINTS_HELPER[nation]} cannot help, you can still complain yourself.`;
  // s259: a right of access; the council and health board must secure that advocacy is available.
  if (result.type === "scotland-mh") {
    return "The council and health board must make sure advocacy is available. If a service cannot help, ask them in writing what else is available.";
  }
  const who = result.arrangedBy.replace(/ \(.*\)$/, "");
  const only = INSTRUCTED.includes(result.type)
    ? `Only ${who} can bring one in. An advocacy charity cannot.`
    : `Only ${who} can arrange it.`;
  const ask = result.strength === "discretionary" ? "It does not have to, but you can ask it to think again." : "Ask them to think again.";
  return `${only} ${ask} Ask for the reasons in writing.`;
}

/**
 * The steps after a no for this result in this nation, or null where nothing applies (a result
 * that does not apply, or a type with no route here).
 */
export function ifTheySayNo(result: FinderResult, nation: Nation, topic?: string): NoSteps | null {
  if (result.strength === "not-entitled") return null;
  const body = bodyFor(result, nation, topic);
  if (!body) return null;
  if (body === "none") return { arrange: arrangeStep(result, body, nation), complain: NO_DUTY_NEXT[nation], ombudsman: null, law: [] };
  const complain =
    body === "complaints-help"
      ? COMPLAIN[nation][nation === "northern-ireland" ? "trust" : "nhs"]
      : COMPLAIN[nation][body];
  return { arrange: arrangeStep(result, body, nation), complain, ombudsman: ombudsmenFor(nation, body), law: OMBUDSMAN_LAW[nation] };
}
