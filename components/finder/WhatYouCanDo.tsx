import type { ActionPointView } from "@/lib/finder/step";

/**
 * "What you can do" for someone asking on another's behalf (issue 20 §2): each point with the
 * law or Code paragraph it rests on.
 */
export function WhatYouCanDo({ points }: { points: ActionPointView[] }) {
  if (points.length === 0) return null;
  return (
    <section aria-labelledby="what-you-can-do" className="what-you-can-do">
      <h2 id="what-you-can-do">What you can do</h2>
      <ul className="what-you-can-do__points">
        {points.map((point) => (
          <li key={point.id}>
            {point.text}{" "}
            <span className="what-you-can-do__source">
              (Source:{" "}
              {point.sources.map((source, index) => (
                <span key={source.title}>
                  {index > 0 && "; "}
                  {source.url ? <a href={source.url}>{source.title}</a> : source.title}
                </span>
              ))}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
