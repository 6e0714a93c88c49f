import type { ReactNode } from "react";

/** Wraps a Markdown list so each item prints with an empty box to tick by hand. */
export function TickList({ children }: { children: ReactNode }) {
  return <div className="tick-list">{children}</div>;
}
