import { z } from "zod";
import { COUNCILS, councilBySlug } from "../councils/directory";
import { NATION_NAMES } from "../nations";

/**
 * The finder's questions, each declared once, in the order they are asked: id, values (the
 * options), wording in both voices, hints, the GOV.UK error message, and when it is asked. The
 * zod schemas, the `Answers` type and the asking order all come from this one declaration.
 *
 * Ids and values are a public contract (docs/reference/finder-contract.md): they travel in URLs
 * and the JSON API, so never rename them.
 */

/** Who the finder speaks to: the person themselves, or someone asking on their behalf. */
export type Voice = "me" | "someone-else";

/** Copy that is the same in both voices, or differs: "Do you ..." and "Does the person ...". */
export type Wording = string | { readonly me: string; readonly "someone-else": string };

export function inVoice(wording: Wording, voice: Voice): string {
  return typeof wording === "string" ? wording : wording[voice];
}

type OptionSpec<V extends string> = { readonly value: V; readonly label: Wording; readonly hint?: Wording };

type QuestionSpec<Id extends string, V extends string, Earlier> = {
  readonly id: Id;
  /** The question, shown as the page heading. */
  readonly legend: Wording;
  readonly hint?: Wording;
  /** GOV.UK error message when Continue is pressed with nothing chosen: "Select ...". */
  readonly error: Wording;
  readonly options: readonly [OptionSpec<V>, ...OptionSpec<V>[]];
  /** Asked only when this holds for the answers to earlier questions (and only those). */
  readonly askedWhen: (earlier: Earlier) => boolean;
  /**
   * Wording that depends on earlier answers, where the plain legend would be unclear: the
   * capacity question names the decision (issue 20: "this decision" on the safeguarding route).
   */
  readonly reword?: (earlier: Earlier) => { readonly legend?: Wording; readonly hint?: Wording } | undefined;
  /**
   * An optional question: the HTML flow asks it, but the JSON API never names it as `next`
   * and reads a missing answer as `fallback`. Answers given are kept either way.
   */
  readonly fallback?: V;
  /**
   * An optional question with no fallback (`area`): the HTML flow asks it, and the reader may
   * skip it; the JSON API never names it as `next`, and an unanswered one is simply absent.
   */
  readonly optional?: true;
  /** Checks an answer against earlier ones; a message (a 400) when they cannot go together. */
  readonly fitsEarlier?: (value: V, earlier: Earlier) => string | null;
  /** Earlier questions whose change makes this answer meaningless: a form changing them drops it. */
  readonly resetBy?: readonly string[];
};

/** A declared question with its types erased, once every id is known. */
export type QuestionDeclaration = QuestionSpec<QuestionId, string, Answers>;

/**
 * Builds the flow one question at a time. Each `askedWhen` sees only the answers to the
 * questions declared before it, so the compiler checks both the values it compares and
 * that it never looks ahead.
 */
class FlowDeclaration<A> {
  constructor(readonly questions: readonly QuestionSpec<string, string, never>[]) {}

  ask<const Id extends string, const V extends string>(
    spec: QuestionSpec<Id, V, A>,
  ): FlowDeclaration<A & { [K in Id]?: V }> {
    return new FlowDeclaration([...this.questions, spec as unknown as QuestionSpec<string, string, never>]);
  }
}

const inEnglandOrWales = (a: { nation?: string }) => a.nation === "england" || a.nation === "wales";
const yesNoNotSure = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "not-sure", label: "I am not sure" },
] as const;

/** The capacity question, naming the decision it is about (capacity is judged decision by decision). */
const SAFEGUARDING_DECISION = {
  legend: {
    me: "Can you decide for yourself what should be done to keep you safe?",
    "someone-else": "Can the person decide for themselves what should be done to keep them safe?",
  },
  hint: {
    me: "For example, whether to accept help, move, or stop seeing someone. This is called mental capacity: you can understand, remember and weigh up the facts, and say what you decide.",
    "someone-else":
      "For example, whether to accept help, move, or stop seeing someone. This is called mental capacity: they can understand, remember and weigh up the facts, and say what they decide.",
  },
} as const;

const DECISION_NAMED: Record<string, { legend: Wording } | undefined> = {
  "serious-treatment": {
    legend: { me: "Can you decide for yourself about this treatment?", "someone-else": "Can the person decide for themselves about this treatment?" },
  },
  "long-stay-move": {
    legend: { me: "Can you decide for yourself about this move?", "someone-else": "Can the person decide for themselves about this move?" },
  },
  "accommodation-review": {
    legend: {
      me: "Can you decide for yourself where you should live?",
      "someone-else": "Can the person decide for themselves where they should live?",
    },
  },
  safeguarding: SAFEGUARDING_DECISION,
};

const declared = new FlowDeclaration<object>([])
  .ask({
    id: "nation",
    legend: "Which part of the UK is this about?",
    hint: "Choose where the care or treatment happens. The law is different in each part of the UK.",
    error: "Select which part of the UK this is about",
    options: [
      { value: "england", label: NATION_NAMES.england },
      { value: "wales", label: NATION_NAMES.wales },
      { value: "scotland", label: NATION_NAMES.scotland },
      { value: "northern-ireland", label: NATION_NAMES["northern-ireland"] },
    ],
    askedWhen: () => true,
  })
  .ask({
    id: "who",
    legend: "Who are you asking for?",
    hint: "We will word the questions and the answer for the person who needs the advocate.",
    error: "Select who you are asking for",
    options: [
      { value: "me", label: "Myself" },
      {
        value: "someone-else",
        label: "Someone else",
        hint: "For example, a parent, partner or friend, or someone you support at work.",
      },
    ],
    askedWhen: (a) => a.nation !== undefined,
    fallback: "me",
  })
  .ask({
    id: "topic",
    legend: { me: "What do you need help with?", "someone-else": "What does the person need help with?" },
    // Issue 20: a care-home move fits three topics; whichever is chosen, the result adds the
    // overlapping rights (lib/finder/overlaps.ts) and links to the other topics.
    hint: "Choose the one that fits best. A move to a care home can fit more than one. If so, choose any: the answer also lists rights from the other topics that may apply.",
    error: { me: "Select what you need help with", "someone-else": "Select what the person needs help with" },
    options: [
      {
        value: "mental-health",
        label: "Mental health care or the Mental Health Act",
        hint: "For example, being kept in hospital, or help from a mental health team.",
      },
      {
        value: "capacity",
        label: {
          me: "A big decision, when you may not be able to decide for yourself",
          "someone-else": "A big decision, when the person may not be able to decide for themselves",
        },
        hint: "This is about mental capacity. For example, serious treatment or a move to a care home.",
      },
      {
        value: "liberty",
        label: "Being kept in a care home or hospital and not free to leave",
        hint: "This is about deprivation of liberty.",
      },
      {
        value: "care-support",
        label: "An assessment or a plan for care and support",
        hint: "This includes a carer's assessment, or a review of a care plan.",
      },
      {
        value: "safeguarding",
        label: "Worries about abuse or neglect",
        hint: "This is called safeguarding. In Scotland it is called adult support and protection.",
      },
      {
        value: "nhs-complaint",
        label: "Making a complaint about NHS care",
        hint: "For example, about a hospital, a doctor or a dentist.",
      },
      {
        value: "social-care-complaint",
        label: "Making a complaint about social care",
        hint: "For example, about home care, a care home or social workers.",
      },
      { value: "other", label: "Something else" },
    ],
    askedWhen: (a) => a.nation !== undefined,
  })
  .ask({
    id: "mha",
    legend: "Which part of the Mental Health Act applies?",
    hint: {
      me: "If you are not sure, ask the ward staff or your care team. They must tell you.",
      "someone-else": "If you are not sure, ask the ward staff or the person's care team.",
    },
    error: "Select which part of the Mental Health Act applies",
    options: [
      {
        value: "detained",
        label: "Kept in hospital under the Act (sectioned)",
        hint: "Held under section 2 or 3, or a court or prison section, including while on leave.",
      },
      {
        value: "holding",
        label: "Held for a short time, before a full assessment",
        hint: "Held only under section 4, 5(2) or 5(4).",
      },
      {
        value: "place-of-safety",
        label: "Taken to a place of safety by the police",
        hint: "Held only under section 135 or 136.",
      },
      {
        value: "cto",
        label: "On a community treatment order",
        hint: {
          me: "Also called a CTO. You live outside hospital but must follow some rules.",
          "someone-else": "Also called a CTO. They live outside hospital but must follow some rules.",
        },
      },
      {
        value: "guardianship",
        label: "Under guardianship",
        hint: {
          me: "A guardian can decide some things, such as where you live.",
          "someone-else": "A guardian can decide some things, such as where they live.",
        },
      },
      {
        value: "conditional-discharge",
        label: "Conditionally discharged",
        hint: {
          me: "You left hospital after a court or prison section, with conditions.",
          "someone-else": "They left hospital after a court or prison section, with conditions.",
        },
      },
      {
        value: "informal",
        label: "In hospital by choice",
        hint: "This is called an informal or voluntary patient.",
      },
      {
        value: "community",
        label: "Not in hospital, and not on any order",
        hint: {
          me: "For example, you get help from a community mental health team.",
          "someone-else": "For example, they get help from a community mental health team.",
        },
      },
    ],
    askedWhen: (a) => inEnglandOrWales(a) && a.topic === "mental-health",
  })
  .ask({
    id: "special-treatment",
    legend: {
      me: "Is a doctor talking to you about one of these treatments?",
      "someone-else": "Is a doctor talking to the person about one of these treatments?",
    },
    hint: "These are rare treatments with extra safeguards.",
    error: {
      me: "Select if a doctor is talking to you about one of these treatments",
      "someone-else": "Select if a doctor is talking to the person about one of these treatments",
    },
    options: [
      {
        value: "s57",
        label: "A section 57 treatment, such as brain surgery for a mental health condition",
        hint: "Ask the doctor if you are not sure which treatment it is.",
      },
      {
        value: "ect-under-18",
        label: "Electro-convulsive therapy (ECT), for someone under 18",
        hint: "This is a section 58A treatment under the Mental Health Act.",
      },
      { value: "none", label: "No, neither of these" },
    ],
    askedWhen: (a) =>
      (a.nation === "england" && (a.mha === "informal" || a.mha === "community")) ||
      (a.nation === "wales" && a.mha === "community"),
  })
  .ask({
    id: "disorder",
    legend: {
      me: "Do you have a mental illness, learning disability, dementia or a similar condition?",
      "someone-else": "Does the person have a mental illness, learning disability, dementia or a similar condition?",
    },
    hint: "This includes autism, personality disorder and brain injury. A diagnosis is not needed.",
    error: {
      me: "Select if you have a mental illness, learning disability, dementia or a similar condition",
      "someone-else": "Select if the person has a mental illness, learning disability, dementia or a similar condition",
    },
    options: yesNoNotSure,
    askedWhen: (a) => a.nation === "scotland" && a.topic !== undefined && a.topic !== "nhs-complaint",
  })
  .ask({
    id: "decision",
    legend: "What decision needs to be made?",
    error: "Select what decision needs to be made",
    options: [
      {
        value: "serious-treatment",
        label: "Serious medical treatment",
        hint: "For example, major surgery, chemotherapy, or stopping a treatment.",
      },
      {
        value: "long-stay-move",
        // MCA 2005 s38 (NHS: hospital or care home) and s39 (council: any residential accommodation).
        label: "A move to a hospital, care home or other home for a long time",
        hint: "28 days or more in hospital, or 8 weeks or more in a care home. A council move to another home counts too.",
      },
      {
        value: "accommodation-review",
        label: "A review of a care home or hospital place",
        hint: "A check on a place the council or the NHS arranged.",
      },
      {
        value: "safeguarding",
        label: {
          me: "A decision to keep you safe from abuse or neglect",
          "someone-else": "A decision to keep the person safe from abuse or neglect",
        },
      },
      { value: "other", label: "Another decision" },
    ],
    askedWhen: (a) => inEnglandOrWales(a) && a.topic === "capacity",
  })
  .ask({
    id: "capacity",
    legend: {
      me: "Can you make this decision for yourself?",
      "someone-else": "Can the person make this decision for themselves?",
    },
    hint: {
      me: "This is called mental capacity. It means you can understand, remember and weigh up the facts, and say what you decide.",
      "someone-else":
        "This is called mental capacity. It means they can understand, remember and weigh up the facts, and say what they decide.",
    },
    error: {
      me: "Select if you can make this decision for yourself",
      "someone-else": "Select if the person can make this decision for themselves",
    },
    reword: (a) => (a.topic === "safeguarding" ? SAFEGUARDING_DECISION : a.decision && DECISION_NAMED[a.decision]),
    options: [
      {
        value: "lacks",
        label: { me: "No, I cannot make this decision", "someone-else": "No, they cannot make this decision" },
      },
      {
        value: "has",
        label: { me: "Yes, I can make this decision", "someone-else": "Yes, they can make this decision" },
      },
      { value: "not-sure", label: "I am not sure" },
    ],
    askedWhen: (a) => inEnglandOrWales(a) && (a.topic === "capacity" || a.topic === "safeguarding"),
  })
  .ask({
    id: "dols",
    legend: {
      me: "Has anyone asked for legal permission to keep you in a care home or hospital?",
      "someone-else": "Has anyone asked for legal permission to keep the person in a care home or hospital?",
    },
    hint: "This permission is called a Deprivation of Liberty Safeguards (DoLS) authorisation.",
    error: {
      me: "Select if anyone has asked for legal permission to keep you in a care home or hospital",
      "someone-else": "Select if anyone has asked for legal permission to keep the person in a care home or hospital",
    },
    options: [
      { value: "requested", label: "Yes, it has been asked for, but not given yet" },
      { value: "authorised", label: "Yes, it has been given" },
      { value: "not-sure", label: "I am not sure" },
    ],
    askedWhen: (a) => inEnglandOrWales(a) && a.topic === "liberty",
  })
  .ask({
    id: "representative",
    legend: { me: "Who is your representative?", "someone-else": "Who is the person's representative?" },
    hint: {
      me: "When permission is given, you must have a representative. They keep in touch and speak up for you.",
      "someone-else":
        "When permission is given, the person must have a representative. They keep in touch and speak up for the person.",
    },
    error: { me: "Select who your representative is", "someone-else": "Select who the person's representative is" },
    options: [
      { value: "unpaid", label: "A family member or friend" },
      { value: "paid", label: "A paid representative", hint: "Often someone from an advocacy service." },
      { value: "none-yet", label: "Nobody yet" },
    ],
    askedWhen: (a) => inEnglandOrWales(a) && a.topic === "liberty" && a.dols === "authorised",
  })
  // Asked after dols: on the liberty path, whether it is asked depends on the dols answer.
  .ask({
    id: "support",
    legend: {
      me: "Is there a family member or friend who can help you have your say?",
      "someone-else": "Is there a family member or friend who can help the person have their say?",
    },
    // Issue 20 and MCA Code of Practice para 10.79: a relative who disagrees with staff still
    // counts as someone to consult, and the relative asking is often that person.
    hint: {
      me: "They must be unpaid, willing and able to help. They must not be part of any worries about abuse or neglect.",
      "someone-else":
        "This can be you. They must be unpaid, willing and able to help, and not part of any worries about abuse or neglect. Disagreeing with the staff or the council does not stop someone counting.",
    },
    error: {
      me: "Select if there is a family member or friend who can help you have your say",
      "someone-else": "Select if there is a family member or friend who can help the person have their say",
    },
    options: [
      { value: "unpaid", label: "Yes, a family member, friend or other unpaid person" },
      { value: "paid-only", label: "No, only paid carers or professionals" },
      {
        value: "none",
        label: "No, there is nobody",
        hint: {
          me: "This means nobody unpaid can help, so the law may give you an advocate instead.",
          "someone-else":
            "Choose this only if nobody, you included, can help. It means the law may give them an advocate instead of asking you. If you can help, choose the first answer, even if you disagree with the staff.",
        },
      },
    ],
    askedWhen: (a) =>
      inEnglandOrWales(a) &&
      (a.topic === "capacity" ||
        a.topic === "care-support" ||
        a.topic === "safeguarding" ||
        (a.topic === "liberty" && (a.dols === "requested" || a.dols === "not-sure"))),
  })
  .ask({
    id: "difficulty",
    legend: {
      me: "Would you find it very hard to take part without help?",
      "someone-else": "Would the person find it very hard to take part without help?",
    },
    hint: {
      me: "For example, to understand or remember information, weigh it up, or say what you want.",
      "someone-else": "For example, to understand or remember information, weigh it up, or say what they want.",
    },
    error: {
      me: "Select if you would find it very hard to take part without help",
      "someone-else": "Select if the person would find it very hard to take part without help",
    },
    options: yesNoNotSure,
    askedWhen: (a) => inEnglandOrWales(a) && (a.topic === "care-support" || a.topic === "safeguarding"),
  })
  .ask({
    id: "exception",
    legend: "Does one of these apply?",
    error: "Select if one of these applies",
    options: [
      {
        value: "long-nhs-stay",
        label: "The NHS may arrange a long stay in a hospital or care home",
        hint: "28 days or more in hospital, or 8 weeks or more in a care home.",
      },
      {
        value: "disagreement",
        label: "The council and the family member or friend disagree about something important",
      },
      { value: "none", label: "No, neither of these" },
    ],
    askedWhen: (a) =>
      a.nation === "england" && a.topic === "care-support" && a.difficulty === "yes" && a.support === "unpaid",
  })
  // Issue 20, optional refinement: whether a long stay may be a deprivation of liberty, which
  // brings the DoLS safeguards (lib/finder/overlaps.ts). We never decide that it is one.
  .ask({
    id: "free-to-leave",
    legend: {
      me: "Will you be free to leave the care home or hospital?",
      "someone-else": "Will the person be free to leave the care home or hospital?",
    },
    hint: {
      me: "For example, could you go out when you want, or move somewhere else if you chose? Staff watching over you all the time, and stopping you leaving, are signs you are not free to leave.",
      "someone-else":
        "For example, could they go out when they want, or move somewhere else if they chose? Staff watching over them all the time, and stopping them leaving, are signs they are not free to leave.",
    },
    error: {
      me: "Select if you will be free to leave the care home or hospital",
      "someone-else": "Select if the person will be free to leave the care home or hospital",
    },
    options: [
      {
        value: "no",
        label: {
          me: "No, staff will watch over me all the time and I will not be free to leave",
          "someone-else": "No, staff will watch over them all the time and they will not be free to leave",
        },
      },
      { value: "yes", label: { me: "Yes, I will be free to leave", "someone-else": "Yes, they will be free to leave" } },
      { value: "not-sure", label: "I am not sure" },
    ],
    askedWhen: (a) =>
      inEnglandOrWales(a) &&
      a.topic === "capacity" &&
      (a.decision === "long-stay-move" || a.decision === "accommodation-review") &&
      (a.capacity === "lacks" || a.capacity === "not-sure"),
    fallback: "not-sure",
  })
  // Asked last, after every question that decides the results: it only says whom to contact
  // (contract amendment of 4 December 2026). The page finds the council from what the reader types.
  .ask({
    id: "area",
    legend: { me: "Which council area do you live in?", "someone-else": "Which council area does the person live in?" },
    hint: "We will name the council, health board or trust to contact there. You can skip this question.",
    error: "Select a council from the list, or skip this question",
    options: COUNCILS.map((c) => ({ value: c.slug, label: c.name })) as unknown as readonly [OptionSpec<string>, ...OptionSpec<string>[]],
    askedWhen: (a) => a.nation !== undefined,
    optional: true,
    fitsEarlier: (value, a) => {
      const council = councilBySlug(value);
      if (!council || a.nation === undefined || council.nation === a.nation) return null;
      return `${council.name} is in ${NATION_NAMES[council.nation]}, not ${NATION_NAMES[a.nation]}. Choose a council in the part of the UK you chose, or skip this question.`;
    },
    resetBy: ["nation"],
  });

type Simplify<T> = { [K in keyof T]: T[K] };

/** Every answer is optional: an unanswered question is simply absent. */
export type Answers = Simplify<typeof declared extends FlowDeclaration<infer A> ? A : never>;
export type QuestionId = keyof Answers;
export type AnswerValue<Q extends QuestionId> = NonNullable<Answers[Q]>;

/** The questions in asking order: the order the HTML flow puts them to the reader. */
export const DECLARED_QUESTIONS = declared.questions as unknown as readonly QuestionDeclaration[];
export const ASK_ORDER: readonly QuestionId[] = DECLARED_QUESTIONS.map((q) => q.id);

/**
 * The order answers are written in a query string and listed in the API's `answers`: the
 * contract table's order (which lists `who` last). Tests check it holds every declared id.
 */
export const QUESTION_IDS = [
  "nation",
  "topic",
  "mha",
  "special-treatment",
  "disorder",
  "decision",
  "capacity",
  "support",
  "difficulty",
  "exception",
  "dols",
  "representative",
  "free-to-leave",
  "who",
  "area",
] as const satisfies readonly QuestionId[];

const DECLARATION_BY_ID = new Map(DECLARED_QUESTIONS.map((q) => [q.id, q]));

export function declarationOf(id: QuestionId): QuestionDeclaration {
  const declaration = DECLARATION_BY_ID.get(id);
  if (!declaration) throw new Error(`No question declared with id "${id}"`);
  return declaration;
}

/** Allowed values per question, as zod enums, from the declared options. */
export const answerSchemas = Object.fromEntries(
  DECLARED_QUESTIONS.map((q) => [q.id, z.enum(q.options.map((o) => o.value) as [string, ...string[]])]),
) as unknown as { [Q in QuestionId]: z.ZodType<AnswerValue<Q>> & { options: AnswerValue<Q>[] } };

export const answersSchema: z.ZodType<Answers> = z.object(answerSchemas).partial();

/** A question in one voice, ready for a page. */
export type QuestionOption = { value: string; label: string; hint?: string };
export type Question = {
  id: QuestionId;
  legend: string;
  hint?: string;
  error: string;
  options: QuestionOption[];
};

export function questionIn(id: QuestionId, voice: Voice, answers: Answers = {}): Question {
  const q = declarationOf(id);
  const reworded = q.reword?.(answers);
  const legend = reworded?.legend ?? q.legend;
  const hint = reworded?.hint ?? q.hint;
  return {
    id: q.id,
    legend: inVoice(legend, voice),
    ...(hint ? { hint: inVoice(hint, voice) } : {}),
    error: inVoice(q.error, voice),
    options: q.options.map((o) => ({
      value: o.value,
      label: inVoice(o.label, voice),
      ...(o.hint ? { hint: inVoice(o.hint, voice) } : {}),
    })),
  };
}

/** Whether the API may leave this question unanswered: `who` (read as its fallback) and `area`. */
export function isOptional(question: QuestionDeclaration): boolean {
  return question.fallback !== undefined || question.optional === true;
}

/** The voice a set of answers asks for: `who`, or its fallback when unanswered. */
export function voiceOf(answers: Answers): Voice {
  return answers.who ?? "me";
}

/** Compile-time check: the voices are exactly the values of the `who` question. */
const _voicesAreWhoValues: [Voice, AnswerValue<"who">] extends [AnswerValue<"who">, Voice] ? true : never = true;

/** Every question in the person's own voice (the voice used when `who` is not given). */
export const QUESTIONS = Object.fromEntries(ASK_ORDER.map((id) => [id, questionIn(id, "me")])) as Record<
  QuestionId,
  Question
>;

