/** Pages that answer most of what readers come for, offered when a search is empty or finds nothing. */
const SUGGESTED = [
  { href: "/find-advocacy", text: "Which advocate? Answer a few questions", after: "to see which advocate the law gives you" },
  { href: "/your-rights", text: "Your rights to an advocate", after: "in each UK nation" },
  { href: "/find-an-advocate", text: "How to find an advocate", after: "and what to say when you ask" },
  { href: "/your-rights/complaints-advocacy", text: "Help with complaints", after: "about health and social care" },
  { href: "/letters", text: "Letters and checklists", after: "to print and fill in by hand" },
  { href: "/glossary", text: "The glossary", after: "explains the words and abbreviations used on this site" },
];

export function SearchHelp({ noResultsFor }: { noResultsFor?: string }) {
  return (
    <>
      {noResultsFor !== undefined && (
        <>
          <p className="search-count" role="status">
            There are no matching results for &lsquo;{noResultsFor}&rsquo;.
          </p>
          <p>Improve your search results by:</p>
          <ul>
            <li>checking your spelling</li>
            <li>using fewer words</li>
            <li>using a more general word, for example &ldquo;advocate&rdquo; rather than &ldquo;IMCA referral&rdquo;</li>
          </ul>
        </>
      )}
      <h2>{noResultsFor !== undefined ? "These pages may help" : "Pages people often need"}</h2>
      <ul>
        {SUGGESTED.map((page) => (
          <li key={page.href}>
            <a href={page.href}>{page.text}</a> {page.after}
          </li>
        ))}
      </ul>
    </>
  );
}
