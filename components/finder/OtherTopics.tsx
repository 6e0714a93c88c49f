import type { OtherTopicView } from "@/lib/finder/step";

/** Links to the other topics that may fit the reader's situation (issue 20 §1). Not printed. */
export function OtherTopics({ topics }: { topics: OtherTopicView[] }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="other-topics" className="no-print">
      <h2 id="other-topics">Other questions that may fit</h2>
      <p>The situation may also fit these. Each link starts the finder again on that question, for the same part of the UK.</p>
      <ul>
        {topics.map((topic) => (
          <li key={topic.href}>
            <a href={topic.href}>{topic.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
