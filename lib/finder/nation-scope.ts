import type { Nation } from "../nations";
import type { ResultType } from "./types";

/**
 * The nations whose law has each kind of advocacy (contract's result table). A result of a type
 * outside the reader's nation is shown on the page as one line, not a card (issue 20 §5); the
 * JSON API keeps it, unchanged. `ni-imca` stays a card in Northern Ireland: the Act is there,
 * only not started, and the card says what applies instead.
 */
const TYPE_NATIONS: Record<ResultType, readonly Nation[]> = {
  imha: ["england", "wales"],
  imca: ["england", "wales"],
  "imca-dols": ["england", "wales"],
  rpr: ["england", "wales"],
  "care-act": ["england"],
  "wales-ipa": ["wales"],
  "scotland-mh": ["scotland"],
  "scotland-asp": ["scotland"],
  complaints: ["england", "wales", "scotland", "northern-ireland"],
  "ni-imca": ["northern-ireland"],
  "non-statutory": ["england", "wales", "scotland", "northern-ireland"],
};

export function typeExistsIn(type: ResultType, nation: Nation): boolean {
  return TYPE_NATIONS[type].includes(nation);
}
