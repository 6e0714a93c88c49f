import type { ReactNode } from "react";

/** A link styled as the GOV.UK start button: it goes somewhere, so it stays a link. */
export function StartButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="button button--start" draggable="false">
      {children}
      <svg className="button__start-icon" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </a>
  );
}
