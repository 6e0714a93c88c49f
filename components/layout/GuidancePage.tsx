import type { ComponentProps, ReactNode } from "react";
import type { CompiledPage } from "@/lib/content/loader";
import type { NavLink } from "@/lib/content/navigation";
import { lawSource } from "@/lib/law";
import { ContentsList } from "./ContentsList";
import { NationsNotice } from "./NationsNotice";
import { PageHead } from "./PageHead";
import { PrevNext } from "./PrevNext";
import { PrintButton } from "./PrintButton";
import { ReportProblem } from "./ReportProblem";
import { ReviewAndSources } from "./ReviewAndSources";
import { Summary } from "./Summary";

interface Props {
  page: Pick<CompiledPage, "href" | "frontmatter" | "toc">;
  pager: { previous: NavLink | null; next: NavLink | null };
  /** "Report a problem with this page": where it goes (see lib/operator-contact.ts). */
  report: ComponentProps<typeof ReportProblem> | null;
  children: ReactNode;
}

/**
 * The frame every MDX page shares: title, nations, summary, contents, body, review dates, sources.
 * A "letter" page keeps all of these on screen; its modifier class hides them in print, so the
 * letter or checklist fits on one A4 sheet (see the print rules in globals.css). The home page
 * puts its first section (the finder's start button) straight under the title, so the button is
 * on a phone's first screen, and its summary after the body.
 */
export function GuidancePage({ page, pager, report, children }: Props) {
  const fm = page.frontmatter;
  const isHome = fm.layout === "home";
  return (
    <article className={`guidance guidance--${fm.layout}`}>
      <PageHead title={fm.title} description={fm.description} path={page.href} lastReviewed={fm.lastReviewed} />
      <h1>{fm.title}</h1>
      {!isHome && <NationsNotice nations={fm.nations} equivalents={fm.equivalents} />}
      {!isHome && <Summary points={fm.summary} />}
      {!isHome && <ContentsList entries={page.toc} />}
      <div className="prose">{children}</div>
      {isHome && <Summary points={fm.summary} />}
      <PrintButton />
      <ReviewAndSources lastReviewed={fm.lastReviewed} nextReview={fm.nextReview} sources={[...fm.law.map(lawSource), ...fm.sources]} />
      {report && <ReportProblem {...report} />}
      {!isHome && <PrevNext previous={pager.previous} next={pager.next} />}
    </article>
  );
}
