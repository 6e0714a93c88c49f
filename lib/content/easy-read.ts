/**
 * Easy Read: the pictures a point may show, and the links between an Easy Read page and its
 * standard page. Pure: it works on page entries the loader has already read.
 */

/**
 * Every picture an Easy Read point may use, by name: outline icons from Tabler Icons (MIT),
 * vendored as SVG files under public/easy-read/pictures/ by scripts/vendor-easy-read-pictures.ts.
 */
export const EASY_READ_PICTURES = [
  "user",
  "users",
  "heart-handshake",
  "speakerphone",
  "ear",
  "hand-stop",
  "check",
  "x",
  "phone",
  "mail",
  "pencil",
  "building-hospital",
  "building",
  "home",
  "scale",
  "file-text",
  "calendar",
  "help-circle",
  "clipboard-list",
  "map-pin",
  "brain",
  "message-report",
  "language",
  "lock",
  "users-group",
  "printer",
  "clock",
  "alert-triangle",
  "shield-check",
  "school",
  "stethoscope",
  "book",
] as const;

export type PictureName = (typeof EASY_READ_PICTURES)[number];

export const PICTURES_PATH = "/easy-read/pictures";

export function isPictureName(name: string): name is PictureName {
  return (EASY_READ_PICTURES as readonly string[]).includes(name);
}

/** The picture's address, served from public/. */
export function pictureSrc(name: string): string {
  return `${PICTURES_PATH}/${name}.svg`;
}

interface LinkablePage {
  href: string;
  frontmatter: { title: string; fullPage?: string[] };
}

export interface EasyReadLinks {
  /** On a standard page: its Easy Read version, or null. */
  easyRead: string | null;
  /** On an Easy Read page: the standard pages with the same facts. */
  fullPages: { href: string; title: string }[];
}

/**
 * Both directions come from the Easy Read pages' `fullPage` field, so a link is declared once:
 * the standard page links to whichever Easy Read page names it.
 */
export function easyReadLinks(pages: readonly LinkablePage[], href: string): EasyReadLinks {
  const page = pages.find((p) => p.href === href);
  const easyRead = pages.find((p) => p.frontmatter.fullPage?.includes(href))?.href ?? null;
  const fullPages = (page?.frontmatter.fullPage ?? []).map((target) => ({
    href: target,
    title: pages.find((p) => p.href === target)?.frontmatter.title ?? target,
  }));
  return { easyRead, fullPages };
}
