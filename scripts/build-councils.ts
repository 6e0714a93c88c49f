// npm run data:councils: rebuilds content/data/councils.json from the copied GOV.UK and mySociety
// lists (data/sources/local-authorities/) and the hand-written health body table
// (data/local-health-bodies.json). Drop in newer copies of the lists and run it again.
import { readFileSync, writeFileSync } from "node:fs";
import { buildCouncilData } from "../lib/councils/build";

export const COUNCIL_SOURCE_FILES = {
  govUk: "data/sources/local-authorities/gov-uk-local-authorities.csv",
  mySociety: "data/sources/local-authorities/mysociety-uk-local-authorities-current.csv",
  healthTable: "data/local-health-bodies.json",
} as const;
const OUTPUT = "content/data/councils.json";

const data = buildCouncilData({
  govUk: readFileSync(COUNCIL_SOURCE_FILES.govUk, "utf8"),
  mySociety: readFileSync(COUNCIL_SOURCE_FILES.mySociety, "utf8"),
  healthTable: JSON.parse(readFileSync(COUNCIL_SOURCE_FILES.healthTable, "utf8")),
});
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`);
const count = (nation: string) => data.councils.filter((c) => c.nation === nation).length;
console.log(
  `Wrote ${OUTPUT}: ${data.councils.length} councils (England ${count("england")}, Wales ${count("wales")}, Scotland ${count("scotland")}, Northern Ireland ${count("northern-ireland")}), ${data.healthBodies.length} health boards and trusts.`,
);
