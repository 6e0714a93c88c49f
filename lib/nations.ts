import { z } from "zod";

/** The four UK nations, in the order the site always lists them. */
export const NATIONS = ["england", "wales", "scotland", "northern-ireland"] as const;

export const nationSchema = z.enum(NATIONS);
export type Nation = z.infer<typeof nationSchema>;

export const NATION_NAMES: Record<Nation, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

/** "England and Wales", "England, Wales and Scotland", "all four UK nations". */
export function nationList(nations: readonly Nation[]): string {
  if (NATIONS.every((n) => nations.includes(n))) return "all four UK nations";
  return nationNames(nations);
}

/** Every name spelled out, even for all four: "England, Wales, Scotland and Northern Ireland". */
export function nationNames(nations: readonly Nation[]): string {
  const names = NATIONS.filter((n) => nations.includes(n)).map((n) => NATION_NAMES[n]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
