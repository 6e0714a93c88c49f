import { z } from "zod";
import { NATIONS, NATION_NAMES, nationSchema } from "../nations";

/**
 * The finder's questions, in the order the contract lists them
 * (docs/reference/finder-contract.md). Ids and values are a public
 * contract: they travel in URLs and the JSON API, so never rename them.
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
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

/** Allowed values per question, as zod enums (nation comes from lib/nations). */
export const answerSchemas = {
  nation: nationSchema,
  topic: z.enum([
    "mental-health",
    "capacity",
    "liberty",
    "care-support",
    "safeguarding",
    "nhs-complaint",
    "social-care-complaint",
    "other",
  ]),
  mha: z.enum([
    "detained",
    "holding",
    "place-of-safety",
    "cto",
    "guardianship",
    "conditional-discharge",
    "informal",
    "community",
  ]),
  "special-treatment": z.enum(["s57", "ect-under-18", "none"]),
  disorder: z.enum(["yes", "no", "not-sure"]),
  decision: z.enum(["serious-treatment", "long-stay-move", "accommodation-review", "safeguarding", "other"]),
  capacity: z.enum(["lacks", "has", "not-sure"]),
  support: z.enum(["unpaid", "paid-only", "none"]),
  difficulty: z.enum(["yes", "no", "not-sure"]),
  exception: z.enum(["long-nhs-stay", "disagreement", "none"]),
  dols: z.enum(["requested", "authorised", "not-sure"]),
  representative: z.enum(["unpaid", "paid", "none-yet"]),
  who: z.enum(["me", "someone-else"]),
} as const satisfies Record<QuestionId | "who", z.ZodEnum>;

/** Every answer is optional: an unanswered question is simply absent. */
export const answersSchema = z.object(answerSchemas).partial();

export type Answers = z.infer<typeof answersSchema>;
export type AnswerValue<Q extends QuestionId> = z.infer<(typeof answerSchemas)[Q]>;

export type QuestionOption = { value: string; label: string; hint?: string };

export type Question = {
  id: QuestionId;
  /** The question itself, shown as the page heading. */
  legend: string;
  hint?: string;
  options: QuestionOption[];
};

/** Typed option list: the compiler checks each value belongs to the question. */
type OptionsFor<Q extends QuestionId> = { value: AnswerValue<Q>; label: string; hint?: string }[];

const nationOptions: OptionsFor<"nation"> = NATIONS.map((nation) => ({
  value: nation,
  label: NATION_NAMES[nation],
}));

const topicOptions: OptionsFor<"topic"> = [
  {
    value: "mental-health",
    label: "Mental health care or the Mental Health Act",
    hint: "For example, being kept in hospital, or help from a mental health team.",
  },
  {
    value: "capacity",
    label: "A big decision, when the person may not be able to decide for themselves",
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
];

const mhaOptions: OptionsFor<"mha"> = [
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
    hint: "Also called a CTO. You live outside hospital but must follow some rules.",
  },
  {
    value: "guardianship",
    label: "Under guardianship",
    hint: "A guardian can decide some things, such as where you live.",
  },
  {
    value: "conditional-discharge",
    label: "Conditionally discharged",
    hint: "You left hospital after a court or prison section, with conditions.",
  },
  {
    value: "informal",
    label: "In hospital by choice",
    hint: "This is called an informal or voluntary patient.",
  },
  {
    value: "community",
    label: "Not in hospital, and not on any order",
    hint: "For example, you get help from a community mental health team.",
  },
];

const specialTreatmentOptions: OptionsFor<"special-treatment"> = [
  {
    value: "s57",
    label: "Brain surgery for a mental health condition",
    hint: "This is a section 57 treatment under the Mental Health Act.",
  },
  {
    value: "ect-under-18",
    label: "Electro-convulsive therapy (ECT), for someone under 18",
    hint: "This is a section 58A treatment under the Mental Health Act.",
  },
  { value: "none", label: "No, neither of these" },
];

const yesNoNotSure: OptionsFor<"disorder" | "difficulty"> = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "not-sure", label: "I am not sure" },
];

const decisionOptions: OptionsFor<"decision"> = [
  {
    value: "serious-treatment",
    label: "Serious medical treatment",
    hint: "For example, major surgery, chemotherapy, or stopping a treatment.",
  },
  {
    value: "long-stay-move",
    label: "A move to a hospital or care home for a long time",
    hint: "More than 28 days in hospital, or more than 8 weeks in a care home.",
  },
  {
    value: "accommodation-review",
    label: "A review of a care home or hospital place",
    hint: "A check on a place the council or the NHS arranged.",
  },
  {
    value: "safeguarding",
    label: "A decision to keep the person safe from abuse or neglect",
  },
  { value: "other", label: "Another decision" },
];

const capacityOptions: OptionsFor<"capacity"> = [
  { value: "lacks", label: "No, they cannot make this decision" },
  { value: "has", label: "Yes, they can make this decision" },
  { value: "not-sure", label: "I am not sure" },
];

const supportOptions: OptionsFor<"support"> = [
  {
    value: "unpaid",
    label: "Yes, a family member, friend or other unpaid person",
  },
  { value: "paid-only", label: "No, only paid carers or professionals" },
  { value: "none", label: "No, there is nobody" },
];

const exceptionOptions: OptionsFor<"exception"> = [
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
];

const dolsOptions: OptionsFor<"dols"> = [
  { value: "requested", label: "Yes, it has been asked for, but not given yet" },
  { value: "authorised", label: "Yes, it has been given" },
  { value: "not-sure", label: "I am not sure" },
];

const representativeOptions: OptionsFor<"representative"> = [
  { value: "unpaid", label: "A family member or friend" },
  { value: "paid", label: "A paid representative", hint: "Often someone from an advocacy service." },
  { value: "none-yet", label: "Nobody yet" },
];

export const QUESTIONS: Record<QuestionId, Question> = {
  nation: {
    id: "nation",
    legend: "Which part of the UK is this about?",
    hint: "Choose where the care or treatment happens. The law is different in each part of the UK.",
    options: nationOptions,
  },
  topic: {
    id: "topic",
    legend: "What do you need help with?",
    hint: "Choose the one that fits best.",
    options: topicOptions,
  },
  mha: {
    id: "mha",
    legend: "Which part of the Mental Health Act applies?",
    hint: "If you are not sure, ask the ward staff. They must tell you.",
    options: mhaOptions,
  },
  "special-treatment": {
    id: "special-treatment",
    legend: "Is a doctor talking to you about one of these treatments?",
    hint: "These are rare treatments with extra safeguards.",
    options: specialTreatmentOptions,
  },
  disorder: {
    id: "disorder",
    legend: "Do you have a mental illness, learning disability, dementia or a similar condition?",
    hint: "This includes autism, personality disorder and brain injury. You do not need a diagnosis. If you are asking for someone else, answer for them.",
    options: yesNoNotSure,
  },
  decision: {
    id: "decision",
    legend: "What decision needs to be made?",
    options: decisionOptions,
  },
  capacity: {
    id: "capacity",
    legend: "Can the person make this decision for themselves?",
    hint: "This is called mental capacity. It means being able to understand, remember and weigh up the facts, and say what you decide.",
    options: capacityOptions,
  },
  support: {
    id: "support",
    legend: "Is there a family member or friend who can help the person have their say?",
    hint: "They must be unpaid, willing and able to help. They must not be part of any worries about abuse or neglect.",
    options: supportOptions,
  },
  difficulty: {
    id: "difficulty",
    legend: "Would the person find it very hard to take part without help?",
    hint: "For example, to understand or remember information, weigh it up, or say what they want.",
    options: yesNoNotSure,
  },
  exception: {
    id: "exception",
    legend: "Does one of these apply?",
    options: exceptionOptions,
  },
  dols: {
    id: "dols",
    legend: "Has anyone asked for legal permission to keep the person in a care home or hospital?",
    hint: "This permission is called a Deprivation of Liberty Safeguards (DoLS) authorisation.",
    options: dolsOptions,
  },
  representative: {
    id: "representative",
    legend: "Who is the person's representative?",
    hint: "When permission is given, the person must have a representative. They keep in touch and speak up for the person.",
    options: representativeOptions,
  },
};
