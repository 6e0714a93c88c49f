/**
 * GOV.UK's "Exit this page" is for pages about a sensitive subject where being seen reading
 * could put someone at risk: here, abuse, neglect and safeguarding. Elsewhere it only alarms
 * (readers' review, 4 December 2026: it was on 17 pages, Easy Read and privacy among them).
 * The rule is derived from what a page says it is about, its title and description, so no
 * page carries a flag that can drift from its subject.
 */
const ABOUT_HARM = /\b(safeguarding|abuse|abused|neglect|neglected|adult support and protection|keeping adults safe)\b/i;

export function showsQuickExit(frontmatter: { title: string; description: string }): boolean {
  return ABOUT_HARM.test(`${frontmatter.title} ${frontmatter.description}`);
}
