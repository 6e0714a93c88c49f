interface Props {
  /** A mailto: address with the page in the subject, or /contact with the page's address. */
  href: string;
  /** The page's full address, shown when the link cannot carry it into an email. */
  pageUrl: string;
  byEmail: boolean;
}

/** "Report a problem with this page", near the end of every guidance page; kept off the printout. */
export function ReportProblem({ href, pageUrl, byEmail }: Props) {
  return (
    <div className="report-problem no-print">
      <p>
        <a href={href}>Report a problem with this page</a>
        {byEmail ? " (opens an email with the page address filled in)" : null}
      </p>
      {!byEmail && <p className="hint">If you get in touch, give this page&rsquo;s address: {pageUrl}</p>}
    </div>
  );
}
