import type { ReactNode } from "react";
import { pictureSrc } from "@/lib/content/easy-read";

interface PointProps {
  /** A name from EASY_READ_PICTURES. */
  picture: string;
  /**
   * What the picture shows, or "" when the sentence says it all. Required: a point written
   * without it renders an image with no alt attribute, which the Easy Read tests reject.
   */
  alt: string;
  children: ReactNode;
}

/** One Easy Read point: the picture on the left, the words on the right, kept together in print. */
export function Point({ picture, alt, children }: PointProps) {
  return (
    <div className="er-point">
      {/* eslint-disable-next-line @next/next/no-img-element -- a static file, no image optimiser */}
      <img className="er-point__picture" src={pictureSrc(picture)} width={72} height={72} alt={alt} />
      <div className="er-point__text">{children}</div>
    </div>
  );
}

/** Its address on the page: "#sheet". Opening that address makes print show the sheet alone (easy-read.css). */
export const ASK_SHEET_ID = "sheet";

/** The Easy Read ask sheet: a bordered sheet to print, fill in by hand and hand over or post. */
export function AskSheet({ children }: { children: ReactNode }) {
  return (
    <section className="ask-sheet" id={ASK_SHEET_ID} aria-label="The sheet to fill in" tabIndex={-1}>
      {children}
    </section>
  );
}
