interface Props {
  /** What to write here, shown under the line or at the top of the box: "Your name". */
  label: string;
  /** A line inside a sentence, a box for an address, or a larger area for notes. */
  size?: "line" | "box" | "area";
}

/**
 * A space to fill in by hand on the printout. Nothing is typed into the site, so no personal
 * detail ever reaches an address bar, a log or a server. The label is real text, so it also
 * survives when the letter is copied into an email.
 */
export function Blank({ label, size = "line" }: Props) {
  return (
    <span className={size === "area" ? "blank blank--box blank--area" : `blank blank--${size}`}>
      <span className="blank__space" aria-hidden="true" />
      <span className="blank__label">{label}</span>
    </span>
  );
}
