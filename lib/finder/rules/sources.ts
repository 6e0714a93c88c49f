import { lawById } from "../../law";

/**
 * The provision behind each result, by its id in the law registry
 * (content/data/law.json, see lib/law.ts). The registry holds the
 * legislation.gov.uk address of the section or regulation itself, so every
 * "The law" link on a result is a pinpoint.
 */
const LAW_IDS = {
  /** §1.1, addendum Q1: England's qualifying patients. */
  imhaEngland: "mha-1983-s130c",
  /** §2.1, addendum Q1: Welsh qualifying compulsory patients (s130I). */
  imhaWalesCompulsory: "mwm-2010-s35",
  /** §2.1, addendum Q2: Welsh qualifying informal patients (s130J). */
  imhaWalesInformal: "mwm-2010-s36",
  /** §1.3: the IMCA service, MCA 2005 s35 (duties in ss37-39, exceptions in s40). */
  imca: "mca-2005-s35",
  /** §1.3: discretionary IMCA for reviews and adult protection, SI 2006/2883. */
  imcaDiscretionary: "si-2006-2883-reg-5",
  /** §2.2, corrections: the Welsh IMCA regulations, SI 2007/852 (reg 5: health boards make IMCAs available). */
  imcaWales: "wsi-2007-852-reg-5",
  /** §1.4: IMCA when DoLS is requested. */
  dolsImca: "mca-2005-s39a",
  /** §1.4: IMCA for an unpaid representative. */
  dolsImcaUnpaidRepresentative: "mca-2005-s39d",
  /** §1.4: IMCA between representatives. */
  dolsImcaGap: "mca-2005-s39c",
  /** §1.4: the representative, Schedule A1 Part 10. */
  dolsRepresentative: "mca-2005-sch-a1-part-10",
  /** §1.5, corrections: Care Act 2014 s67 (s68 for safeguarding). */
  careAct: "care-act-2014-s67",
  /** §1.5, addendum Q4: reg 4 of SI 2014/2889 (the two exceptions). */
  careActRegulations: "si-2014-2889-reg-4",
  /** §1.6: council NHS complaints advocacy (s223A, inserted by s185). */
  complaintsEngland: "hsca-2012-s185",
  /** §1.7: children's advocacy, Children Act 1989 s26A. */
  childrenEngland: "ca-1989-s26a",
  /** §2.3: the Act whose Part 10 Code sets the Welsh advocacy duties. */
  walesIpa: "sswb-2014-part-10",
  /** §3.1, corrections: Mental Health (Care and Treatment) (Scotland) Act 2003 s259. */
  scotlandMentalHealth: "mhcts-2003-s259",
  /** §3.3: Adult Support and Protection (Scotland) Act 2007 s6. */
  scotlandAdultProtection: "asp-2007-s6",
  /** §3.4: Self-directed Support Act 2013 s9. */
  scotlandSelfDirectedSupport: "sds-2013-s9",
  /** §3.5: Patient Rights (Scotland) Act 2011 s18 (PASS). */
  scotlandPass: "pra-2011-s18",
  /** §4.2, addendum Q3: MCA (NI) 2016 s35. */
  niImca: "mcani-2016-s35",
  /** §4.3: Health and Social Care (Reform) Act (NI) 2009 s17 (PCC). */
  niComplaints: "hscr-ni-2009-s17",
} as const;

/** legislation.gov.uk addresses behind each result, derived from the registry. */
export const LAW = Object.fromEntries(
  Object.entries(LAW_IDS).map(([key, id]) => [key, lawById(id).url]),
) as { readonly [K in keyof typeof LAW_IDS]: string };
