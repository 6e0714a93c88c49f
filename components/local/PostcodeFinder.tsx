/** GOV.UK's own postcode finder, for readers who do not know their council. */
export const GOV_UK_FIND_COUNCIL = "https://www.gov.uk/find-local-council";

export function PostcodeFinder() {
  return (
    <>
      <h2>If you do not know your council</h2>
      <p>
        Use <a href={GOV_UK_FIND_COUNCIL}>Find your local council on GOV.UK</a>. You type your postcode and it names your
        council. Then come back and type that name here.
      </p>
    </>
  );
}
