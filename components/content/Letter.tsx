import type { ReactNode } from "react";
import { Blank } from "./Blank";

/**
 * The letter itself: a bordered sheet of real text, so it can be printed and filled in by
 * hand, or copied into an email.
 */
export function Letter({ children }: { children: ReactNode }) {
  return (
    <section className="letter" aria-label="The letter">
      {children}
    </section>
  );
}

/** Who the letter is from and for, and the date: the same blanks on every letter. */
export function LetterHead({ to }: { to: string }) {
  return (
    <div className="letter__head">
      <Blank size="box" label="From: your name, address and phone number" />
      <Blank size="box" label={`To: ${to}`} />
      <Blank label="Date" />
    </div>
  );
}
