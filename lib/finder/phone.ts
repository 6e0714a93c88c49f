/** A `tel:` address for a phone number as printed ("0800 011 3200" -> "tel:08000113200"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
