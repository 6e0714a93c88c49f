/**
 * Law registry ids (content/data/law.json) for what the finder tells a relative or friend they
 * can do, and for the overlaps, beside the rules' own list (rules/sources.ts). Each was read in
 * the stored statutory text unless its comment says otherwise.
 */
export const RELATIVE_LAW = {
  /** MCA 2005 s4(7)(b): the decision-maker must take into account the views of carers and those interested in the person's welfare. */
  bestInterests: "mca-2005-s4",
  /** MCA 2005 s21A: Court of Protection challenge to a DoLS authorisation. The stored copy lacks it; SI 2013/480 reg 5(1)(g) names it. */
  dolsCourtChallenge: "mca-2005-s21a",
  /** SI 2013/480 reg 5(1)(g): non-means-tested legal representation for s21A, for the person or their Part 10 representative. */
  dolsLegalAid: "si-2013-480-reg-5",
  /** Adults with Incapacity (Scotland) Act 2000 s1(4)(b): the nearest relative's and primary carer's views are taken into account. */
  scotlandIncapacityPrinciples: "awi-2000-s1",
} as const;
