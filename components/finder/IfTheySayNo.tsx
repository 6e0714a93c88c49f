import type { NoSteps } from "@/lib/finder/if-they-say-no";

/**
 * The steps after a refusal (issue 20 §3): who alone can arrange it, the complaint, then the
 * ombudsman by name, linked to that nation's part of the complaints page; and our letter to
 * reply, where one names this duty.
 */
export function IfTheySayNo({ steps, refusalLetter }: { steps: NoSteps | null; refusalLetter: string | null }) {
  return (
    <>
      <strong>If they say no:</strong> {steps && <>{steps.arrange} </>}
      {refusalLetter && (
        <>
          <a href={refusalLetter}>Use our letter to reply</a>.{" "}
        </>
      )}
      {steps && <>{steps.complain}</>}
      {steps?.ombudsman && (
        <>
          {" "}
          If you are still unhappy after that, you can go to the{" "}
          {steps.ombudsman.map((o, index) => (
            <span key={o.name}>
              {index > 0 && " or the "}
              <a href={o.href}>{o.name}</a>
              {steps.ombudsman!.length > 1 && o.covers ? ` (${o.covers})` : ""}
            </span>
          ))}
          . It is free.
        </>
      )}
    </>
  );
}
