/** GOV.UK "Exit this page" pattern as a plain link: works with no JavaScript. */
export function QuickExit() {
  return (
    <div className="quick-exit">
      <a href="https://www.bbc.co.uk/weather" rel="nofollow noreferrer" className="button button--warning">
        Exit this page
      </a>
      <p>Leave this site quickly. This page will stay in your browser history.</p>
    </div>
  );
}
