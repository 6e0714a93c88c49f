import type { ComponentProps, ReactNode } from "react";
import type { EasyReadLinks as Links } from "@/lib/content/easy-read";
import type { CompiledPage } from "@/lib/content/loader";
import type { NavLink } from "@/lib/content/navigation";
import { lawSource } from "@/lib/law";
import { ContentsList } from "./ContentsList";
import { EasyReadLinks } from "./EasyReadLinks";
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
  /** The page's Easy Read version, or the full page an Easy Read page restates. */
  easyRead?: Links;
  children: ReactNode;
}

/**
 * The frame every MDX page shares: title, nations, summary, contents, body, review dates, sources.
 * A "letter" page keeps all of these on screen; its modifier class hides them in print, so the
 * letter or checklist fits on one A4 sheet (see the print rules in globals.css). The home page
 * puts its first section (the finder's start button) straight under the title, so the button is
 * on a phone's first screen, and its summary after the body.
 * An "easy-read" page has no summary box or contents list: its points, each with a picture,
 * are the whole page (see easy-read.css).
 */
export function GuidancePage({ page, pager, report, easyRead = { easyRead: null, fullPages: [] }, children }: Props) {
  const fm = page.frontmatter;
  const isHome = fm.layout === "home";
  const isEasyRead = fm.layout === "easy-read";
  return (
    <article className={`guidance guidance--${fm.layout}`}>
      <PageHead title={fm.title} description={fm.description} path={page.href} lastReviewed={fm.lastReviewed} />
      <h1>{fm.title}</h1>
      <EasyReadLinks links={easyRead} />
      {!isHome && <NationsNotice nations={fm.nations} equivalents={fm.equivalents} spellOut={isEasyRead} />}
      {!isHome && !isEasyRead && <Summary points={fm.summary} />}
      {!isHome && !isEasyRead && <ContentsList entries={page.toc} />}
      <div className="prose">{children}</div>
      {isHome && <Summary points={fm.summary} />}
      <PrintButton />
      <ReviewAndSources lastReviewed={fm.lastReviewed} nextReview={fm.nextReview} sources={[...fm.law.map(lawSource), ...fm.sources]} fold={isEasyRead} />
      {report && <ReportProblem {...report} />}
      {!isHome && <PrevNext previous={pager.previous} next={pager.next} />}
    </article>
  );
}
