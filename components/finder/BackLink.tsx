/** GOV.UK back link: a plain link to the previous step, carrying the answers so far. */
export function BackLink({ href }: { href: string }) {
  return (
    <p className="no-print mt-4 mb-6">
      <a href={href} className="inline-flex items-center gap-2">
        <svg width="7" height="12" viewBox="0 0 7 12" aria-hidden="true" focusable="false" className="shrink-0">
          <path fill="currentColor" d="M6.5 1.4 5.1 0 0 6l5.1 6 1.4-1.4L2.6 6z" />
        </svg>
        Back
      </a>
    </p>
  );
}
