/**
 * legislation.gov.uk addresses behind each result: each is the section, regulation, schedule or
 * Part itself (a pinpoint), never a whole instrument or its explanatory notes. Each provision
 * was read in the stored statutory text (legalize-dev/legalize-uk) or is cited so by the fact
 * sheets (docs: advocacy-facts*.md).
 */
const GOV = "https://www.legislation.gov.uk";

export const LAW = {
  /** MHA 1983 s130C: England's qualifying patients (fact sheet §1.1). */
  imhaEngland: `${GOV}/ukpga/1983/20/section/130C`,
  /** Mental Health (Wales) Measure 2010 s35, inserting MHA s130I: Welsh compulsory patients. */
  imhaWalesCompulsory: `${GOV}/mwa/2010/7/section/35`,
  /** Mental Health (Wales) Measure 2010 s36, inserting MHA s130J: Welsh informal patients. */
  imhaWalesInformal: `${GOV}/mwa/2010/7/section/36`,
  /** MCA 2005 s37: serious medical treatment. */
  imcaSeriousTreatment: `${GOV}/ukpga/2005/9/section/37`,
  /** MCA 2005 s38 (NHS) and s39 (council): long-term accommodation; s39 for council moves. */
  imcaAccommodationNhs: `${GOV}/ukpga/2005/9/section/38`,
  imcaAccommodationCouncil: `${GOV}/ukpga/2005/9/section/39`,
  /** MCA 2005 s40: the exceptions (nominee, attorney, deputy). */
  imcaExceptions: `${GOV}/ukpga/2005/9/section/40`,
  /** SI 2006/2883 reg 3 (England): accommodation reviews. */
  imcaReviewEngland: `${GOV}/uksi/2006/2883/regulation/3`,
  /** SI 2006/2883 reg 4 (England): adult protection. */
  imcaSafeguardingEngland: `${GOV}/uksi/2006/2883/regulation/4`,
  /** SI 2007/852 reg 8 (Wales): accommodation reviews. */
  imcaReviewWales: `${GOV}/wsi/2007/852/regulation/8`,
  /** SI 2007/852 reg 9 (Wales): adult protection. */
  imcaSafeguardingWales: `${GOV}/wsi/2007/852/regulation/9`,
  /** MCA 2005 ss39A, 39C, 39D: IMCAs under the Deprivation of Liberty Safeguards (§1.4). */
  dolsImca: `${GOV}/ukpga/2005/9/section/39A`,
  dolsImcaGap: `${GOV}/ukpga/2005/9/section/39C`,
  dolsImcaUnpaidRepresentative: `${GOV}/ukpga/2005/9/section/39D`,
  /** MCA 2005 Schedule A1: the relevant person's representative. */
  dolsRepresentative: `${GOV}/ukpga/2005/9/schedule/A1`,
  /** Care Act 2014 s67 (assessment and planning) and s68 (safeguarding). */
  careActPlanning: `${GOV}/ukpga/2014/23/section/67`,
  careActSafeguarding: `${GOV}/ukpga/2014/23/section/68`,
  /** SI 2014/2889 reg 4: when a suitable helper does not remove the duty. */
  careActRegulations: `${GOV}/uksi/2014/2889/regulation/4`,
  /** Health and Social Care Act 2012 s185, inserting s223A into the 2007 Act (§1.6). */
  complaintsEngland: `${GOV}/ukpga/2012/7/section/185`,
  /** Children Act 1989 s26A: children's complaints advocacy (§1.7). */
  childrenEngland: `${GOV}/ukpga/1989/41/section/26A`,
  /** HSC (Quality and Engagement) (Wales) Act 2020 s16: Llais complaints help (corrections). */
  complaintsWales: `${GOV}/asc/2020/1/section/16`,
  /** SSWB(W)A 2014 s178: help for children and care leavers making representations. */
  childrenWales: `${GOV}/anaw/2014/4/section/178`,
  /** SSWB(W)A 2014 Part 10: the Part whose Code sets independent professional advocacy (§2.3). */
  walesIpa: `${GOV}/anaw/2014/4/part/10`,
  /** Mental Health (Care and Treatment) (Scotland) Act 2003 s259. */
  scotlandMentalHealth: `${GOV}/asp/2003/13/section/259`,
  /** Adult Support and Protection (Scotland) Act 2007 s6. */
  scotlandAdultProtection: `${GOV}/asp/2007/10/section/6`,
  /** Patient Rights (Scotland) Act 2011 s17 (inserting s10ZA of the 1978 Act) and s18 (PASS). */
  scotlandPassDuty: `${GOV}/asp/2011/5/section/17`,
  scotlandPass: `${GOV}/asp/2011/5/section/18`,
  /** MCA (NI) 2016 s35: IMCA before serious interventions (§4.2, addendum Q3). */
  niImca: `${GOV}/nia/2016/18/section/35`,
  /** Health and Social Care (Reform) Act (NI) 2009 s17: the Patient and Client Council. */
  niComplaints: `${GOV}/nia/2009/1/section/17`,
} as const;
