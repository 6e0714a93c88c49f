/**
 * The provisions behind each result, by id in the law registry (content/data/law.json, see
 * lib/law.ts). The registry holds each provision's legislation.gov.uk pinpoint (the section,
 * regulation, schedule or Part itself), so every "The law" link on a result is a pinpoint.
 * Each was read in the stored statutory text or is cited so by the reference fact sheets.
 */
export const LAW = {
  /** MHA 1983 s130C: England's qualifying patients (fact sheet §1.1). */
  imhaEngland: "mha-1983-s130c",
  /** Mental Health (Wales) Measure 2010 s35, inserting MHA s130I: Welsh compulsory patients. */
  imhaWalesCompulsory: "mwm-2010-s35",
  /** Mental Health (Wales) Measure 2010 s36, inserting MHA s130J: Welsh informal patients. */
  imhaWalesInformal: "mwm-2010-s36",
  /** WSI 2011/2501 reg 3: Welsh health boards arrange IMHAs. */
  imhaWalesHealthBoards: "wsi-2011-2501-reg-3",
  /** MCA 2005 s35: the IMCA service. */
  imca: "mca-2005-s35",
  /** MCA 2005 s37: serious medical treatment. */
  imcaSeriousTreatment: "mca-2005-s37",
  /** MCA 2005 s38 (NHS) and s39 (council): long-term accommodation. */
  imcaAccommodationNhs: "mca-2005-s38",
  imcaAccommodationCouncil: "mca-2005-s39",
  /** MCA 2005 s40: the exceptions (nominee, attorney, deputy). */
  imcaExceptions: "mca-2005-s40",
  /** SI 2006/2883 (England): reg 3 reviews, reg 4 adult protection, reg 5 the power to instruct. */
  imcaReviewEngland: "si-2006-2883-reg-3",
  imcaSafeguardingEngland: "si-2006-2883-reg-4",
  imcaPowerEngland: "si-2006-2883-reg-5",
  /**
   * SI 2007/852 (Wales): reg 5 health boards make IMCAs available; reg 6 what an IMCA does once an
   * NHS body or council instructs one (the duty to instruct is in MCA ss37-39 themselves); regs
   * 8-9 the powers.
   */
  imcaWalesAvailable: "wsi-2007-852-reg-5",
  imcaWalesInstructed: "wsi-2007-852-reg-6",
  imcaReviewWales: "wsi-2007-852-reg-8",
  imcaSafeguardingWales: "wsi-2007-852-reg-9",
  /** MCA 2005 ss39A, 39C, 39D: IMCAs under the Deprivation of Liberty Safeguards (§1.4). */
  dolsImca: "mca-2005-s39a",
  dolsImcaGap: "mca-2005-s39c",
  dolsImcaUnpaidRepresentative: "mca-2005-s39d",
  /** MCA 2005 Schedule A1 Part 10: the relevant person's representative. */
  dolsRepresentative: "mca-2005-sch-a1-part-10",
  /** Care Act 2014 s67 (assessment, planning, s27 reviews) and s68 (safeguarding). */
  careActPlanning: "care-act-2014-s67",
  careActReviews: "care-act-2014-s27",
  careActSafeguarding: "care-act-2014-s68",
  /** SI 2014/2889 reg 4: when a suitable helper does not remove the duty. */
  careActRegulations: "si-2014-2889-reg-4",
  /** Health and Social Care Act 2012 s185, inserting s223A into the 2007 Act (§1.6). */
  complaintsEngland: "hsca-2012-s185",
  /** Children Act 1989 s26A: children's complaints advocacy (§1.7). */
  childrenEngland: "ca-1989-s26a",
  /** 2020 Act s16 (Llais) and NHS (Wales) Act 2006 s187 (the Welsh Ministers' duty). */
  complaintsWales: "hscqe-2020-s16",
  complaintsWalesDuty: "nhs-wales-2006-s187",
  /** SSWB(W)A 2014 s178: help for children and care leavers making representations. */
  childrenWales: "sswb-2014-s178",
  /** SSWB(W)A 2014 Part 10: the Part whose Code sets independent professional advocacy (§2.3). */
  walesIpa: "sswb-2014-part-10",
  /** Mental Health (Care and Treatment) (Scotland) Act 2003 s259. */
  scotlandMentalHealth: "mhcts-2003-s259",
  /** Adult Support and Protection (Scotland) Act 2007 s6. */
  scotlandAdultProtection: "asp-2007-s6",
  /** Social Care (Self-directed Support) (Scotland) Act 2013 s9: information about advocacy. */
  scotlandSelfDirectedSupport: "sds-2013-s9",
  /** Patient Rights (Scotland) Act 2011 s17 (inserting s10ZA of the 1978 Act) and s18 (PASS). */
  scotlandPassDuty: "pra-2011-s17",
  scotlandPassAgency: "nhss-1978-s10za",
  scotlandPass: "pra-2011-s18",
  /** MCA (NI) 2016 s35: IMCA before serious interventions (§4.2, addendum Q3). */
  niImca: "mcani-2016-s35",
  /** Health and Social Care (Reform) Act (NI) 2009 s17: the Patient and Client Council. */
  niComplaints: "hscr-ni-2009-s17",
} as const;
