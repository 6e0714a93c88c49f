/**
 * legislation.gov.uk addresses behind each result. Each comes from the
 * fact sheet (/work/shared/facts/advocacy-facts.md and its addendum), tidied
 * to the https://www.legislation.gov.uk form. The four marked "section of a
 * cited Act" name the exact section of an Act the fact sheet cites.
 */
export const LAW = {
  /** §1.1, addendum Q1: England's qualifying patients. */
  imhaEngland: "https://www.legislation.gov.uk/ukpga/1983/20/section/130C",
  /** §2.1, addendum Q1: Welsh qualifying compulsory patients (s130I). */
  imhaWalesCompulsory: "https://www.legislation.gov.uk/mwa/2010/7/section/35",
  /** §2.1, addendum Q2: Welsh qualifying informal patients (s130J). */
  imhaWalesInformal: "https://www.legislation.gov.uk/mwa/2010/7/section/36",
  /** §1.3: explanatory notes to MCA 2005 ss35-41. */
  imca: "https://www.legislation.gov.uk/ukpga/2005/9/notes/division/6/1/9/3",
  /** §1.3: discretionary IMCA for reviews and adult protection, SI 2006/2883. */
  imcaDiscretionary: "https://www.legislation.gov.uk/uksi/2006/2883/regulation/5/made",
  /** §2.2: the Welsh IMCA regulations, SI 2007/852. */
  imcaWales: "https://www.legislation.gov.uk/wsi/2007/852/note/made",
  /** §1.4: section of a cited Act (MCA 2005): IMCA when DoLS is requested. */
  dolsImca: "https://www.legislation.gov.uk/ukpga/2005/9/section/39A",
  /** §1.4: section of a cited Act (MCA 2005): IMCA for an unpaid representative. */
  dolsImcaUnpaidRepresentative: "https://www.legislation.gov.uk/ukpga/2005/9/section/39D",
  /** §1.4: section of a cited Act (MCA 2005): IMCA between representatives. */
  dolsImcaGap: "https://www.legislation.gov.uk/ukpga/2005/9/section/39C",
  /** §1.4: section of a cited Act (MCA 2005): the representative, Schedule A1. */
  dolsRepresentative: "https://www.legislation.gov.uk/ukpga/2005/9/schedule/A1",
  /** §1.5: Care Act 2014 ss67-68. */
  careAct: "https://www.legislation.gov.uk/ukpga/2014/23/part/1/crossheading/independent-advocacy-support",
  /** §1.5, addendum Q4: reg 4 of SI 2014/2889 (the two exceptions). */
  careActRegulations: "https://www.legislation.gov.uk/uksi/2014/2889",
  /** §1.6: council NHS complaints advocacy (s223A, inserted by s185). */
  complaintsEngland: "https://www.legislation.gov.uk/ukpga/2012/7/section/185",
  /** §1.7: children's advocacy, Children Act 1989 s26A. */
  childrenEngland: "https://www.legislation.gov.uk/ukpga/1989/41/section/26A",
  /** §2.3: the Act whose Part 10 Code sets the Welsh advocacy duties. */
  walesIpa: "https://www.legislation.gov.uk/anaw/2014/4/part/10",
  /** §3.1: Mental Health (Care and Treatment) (Scotland) Act 2003 s259. */
  scotlandMentalHealth: "https://www.legislation.gov.uk/asp/2003/13/part/17/chapter/2/crossheading/advocacy",
  /** §3.3: explanatory notes to the Adult Support and Protection (Scotland) Act 2007 s6. */
  scotlandAdultProtection: "https://www.legislation.gov.uk/asp/2007/10/notes/division/2/1/2/3",
  /** §3.4: explanatory notes to the Self-directed Support Act 2013 s9. */
  scotlandSelfDirectedSupport: "https://www.legislation.gov.uk/asp/2013/1/notes/division/3/4/7",
  /** §3.5: Patient Rights (Scotland) Act 2011 s18 (PASS). */
  scotlandPass: "https://www.legislation.gov.uk/asp/2011/5/section/18",
  /** §4.2, addendum Q3: MCA (NI) 2016 s35. */
  niImca: "https://www.legislation.gov.uk/nia/2016/18/section/35",
  /** §4.3: Health and Social Care (Reform) Act (NI) 2009 s17 (PCC). */
  niComplaints: "https://www.legislation.gov.uk/nia/2009/1/section/17",
} as const;
