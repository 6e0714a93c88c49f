/** Where to go when search is empty or finds nothing: the finder, the rights overview, the glossary. */
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
      <h2>Other ways to find what you need</h2>
      <ul>
        <li>
          <a href="/find-advocacy">Use the advocacy finder</a> to see which advocate the law gives you
        </li>
        <li>
          <a href="/your-rights">Your rights to an advocate</a> in each UK nation
        </li>
        <li>
          <a href="/glossary">The glossary</a> explains the words and abbreviations used on this site
        </li>
      </ul>
    </>
  );
}
