import type { ReactNode } from "react";

/** GOV.UK inset text: a point the reader should not miss. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="inset-text">{children}</div>;
}
