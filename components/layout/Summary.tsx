export function Summary({ points }: { points: string[] }) {
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading">In short</h2>
      <ul>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
