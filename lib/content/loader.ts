import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { z } from "zod";
import navigationJson from "../../content/navigation.json";
import { GLOSSARY } from "./glossary";
import { describeFrontmatterError, frontmatterSchema, type Frontmatter } from "./frontmatter";
import { letterVoiceFor, someoneElseDescription, someoneElseTitle, SOMEONE_ELSE_SEGMENT, usesVoices, voiceHref, type LetterVoice } from "../letter-voices";
import { navigationSchema, type Navigation } from "./navigation";
import { rehypeCollect, type Collected, type TocEntry } from "./rehype-collect";
import { rehypeGlossaryLinks } from "./rehype-glossary-links";
import { remarkNoEsm } from "./remark-no-esm";

/**
 * The one module that reads content files and calls mdx-bundler. Server-only: only pages'
 * data functions (getStaticProps, getServerSideProps) call it; ESLint stops components from
 * importing it ("server-only" itself works only in the App Router).
 * Everything it returns is plain data, so pages and tests can use it the same way.
 */

const PAGES_DIR = path.join(process.cwd(), "content", "pages");
const GLOSSARY_PATH = "/glossary";

export interface PageEntry {
  /** Path segments, [] for the home page. */
  slug: string[];
  href: string;
  /** Path relative to the repository, for error messages. */
  file: string;
  frontmatter: Frontmatter;
  /** For a letter written in two voices, the voice at this address and both addresses; else null. */
  letterVoice: LetterVoice | null;
}

export interface CompiledPage extends PageEntry {
  code: string;
  toc: TocEntry[];
  blocks: string[];
}

function listMdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listMdxFiles(full);
    return entry.name.endsWith(".mdx") ? [full] : [];
  });
}

function slugFor(pagesDir: string, file: string): string[] {
  const parts = path.relative(pagesDir, file).replace(/\.mdx$/, "").split(path.sep);
  return parts[parts.length - 1] === "index" ? parts.slice(0, -1) : parts;
}

function readEntry(pagesDir: string, file: string): PageEntry & { source: string } {
  const source = readFileSync(file, "utf8");
  const relative = path.relative(process.cwd(), file);
  const parsed = frontmatterSchema.safeParse(matter(source).data);
  if (!parsed.success) throw new Error(describeFrontmatterError(relative, parsed.error));
  const slug = slugFor(pagesDir, file);
  return { slug, href: `/${slug.join("/")}`, file: relative, frontmatter: parsed.data, source, letterVoice: null };
}

type SourcedEntry = PageEntry & { source: string };

/**
 * A letter written in two voices (it uses <Voice>) is published twice from its one source: at
 * its own address in the reader's voice, and at /for-someone-else in the voice of someone
 * asking for them. The second version's links to other nations' letters keep that voice.
 */
function withVoices(entries: SourcedEntry[]): SourcedEntry[] {
  const voicedLetters = entries.filter((entry) => usesVoices(entry.source)).map((entry) => entry.href);
  const voiced = new Set(voicedLetters);
  return entries.flatMap((entry): SourcedEntry[] => {
    if (!voiced.has(entry.href)) return [entry];
    if (entry.frontmatter.layout !== "letter") throw new Error(`${entry.file} uses <Voice>, which only letters (layout: letter) may use`);
    const fm = entry.frontmatter;
    const equivalents = Object.fromEntries(
      Object.entries(fm.equivalents).map(([nation, href]) => [nation, voiced.has(href) ? voiceHref(href, "someone-else") : href]),
    );
    return [
      { ...entry, letterVoice: letterVoiceFor(entry.href, "me", voicedLetters) },
      {
        ...entry,
        slug: [...entry.slug, SOMEONE_ELSE_SEGMENT],
        href: voiceHref(entry.href, "someone-else"),
        frontmatter: { ...fm, title: someoneElseTitle(fm.title), description: someoneElseDescription(fm.description), equivalents },
        letterVoice: letterVoiceFor(entry.href, "someone-else", voicedLetters),
      },
    ];
  });
}

/** Reads and validates every page in a folder; a bad field throws, naming the file and the field. */
export function readPages(pagesDir: string): SourcedEntry[] {
  return withVoices(listMdxFiles(pagesDir).map((file) => readEntry(pagesDir, file))).sort((a, b) => a.href.localeCompare(b.href));
}

let indexCache: (PageEntry & { source: string })[] | null = null;

function loadIndex() {
  indexCache ??= readPages(PAGES_DIR);
  return indexCache;
}

/** Every MDX page with its validated frontmatter, sorted by address. */
export function getContentIndex(): PageEntry[] {
  return loadIndex().map(({ source: _source, ...entry }) => entry);
}

let navigationCache: Navigation | null = null;

export function getNavigation(): Navigation {
  navigationCache ??= navigationSchema.parse(navigationJson);
  return navigationCache;
}

const compiled = new Map<string, Promise<CompiledPage>>();

type CompileOutput = Pick<CompiledPage, "code" | "toc" | "blocks">;

/**
 * `npm run build` sets this to an empty folder, so that `next build` (in several worker
 * processes) and the search-index step that follows share one compile of each page. Unset
 * elsewhere (dev, tests, `npm start`): pages are compiled in memory as before.
 */
const COMPILE_CACHE_DIR = process.env.CONTENT_COMPILE_CACHE;

function cacheFile(entry: PageEntry & { source: string }): string {
  // Everything the output depends on besides the plugins' code, which one build does not change.
  const key = createHash("sha256").update(`${entry.href}\0${entry.source}\0${JSON.stringify(GLOSSARY)}`).digest("hex");
  return path.join(COMPILE_CACHE_DIR!, `${key}.json`);
}

const compileOutputSchema = z.object({
  code: z.string().min(1),
  toc: z.array(z.object({ id: z.string(), text: z.string() })),
  blocks: z.array(z.string()),
});

function readCompiled(file: string): CompileOutput | null {
  try {
    return compileOutputSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function writeCompiled(file: string, output: CompileOutput): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Rename into place so a reader in another process never sees half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(output));
  renameSync(partial, file);
}

async function compile(entry: PageEntry & { source: string }): Promise<CompiledPage> {
  const { source: _source, ...page } = entry;
  const file = COMPILE_CACHE_DIR ? cacheFile(entry) : null;
  const cached = file ? readCompiled(file) : null;
  if (cached) return { ...page, ...cached };
  const output = await compileMdx(entry);
  if (file) writeCompiled(file, output);
  return { ...page, ...output };
}

async function compileMdx(entry: PageEntry & { source: string }): Promise<CompileOutput> {
  const collected: Collected = { toc: [], blocks: [] };
  const { code } = await bundleMDX({
    source: entry.source,
    mdxOptions(options) {
      // First, before mdx-bundler's own plugins add the frontmatter export.
      options.remarkPlugins = [remarkNoEsm, ...(options.remarkPlugins ?? []), remarkGfm];
      // Easy Read pages explain each hard word where it is used; the glossary is not Easy Read.
      const linksGlossary = entry.href !== GLOSSARY_PATH && entry.frontmatter.layout !== "easy-read";
      const glossaryLinks = linksGlossary ? [rehypeGlossaryLinks(GLOSSARY, GLOSSARY_PATH)] : [];
      options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug, ...glossaryLinks, rehypeCollect(collected)];
      return options;
    },
  }).catch((error: unknown) => {
    throw new Error(`Could not compile ${entry.file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { code, toc: collected.toc, blocks: collected.blocks };
}

/** The compiled page at this address, or null. Compiled once per process (once per build with the cache). */
export async function getPage(href: string): Promise<CompiledPage | null> {
  const entry = loadIndex().find((page) => page.href === href);
  if (!entry) return null;
  if (!compiled.has(href)) compiled.set(href, compile(entry));
  return compiled.get(href)!;
}

/**
 * Every page, compiled. Costly the first time (each page goes through mdx-bundler). A letter in
 * two voices comes once, at its own address: search lists it once, and its page links the other voice.
 */
export async function getAllPages(): Promise<CompiledPage[]> {
  const primary = loadIndex().filter((entry) => entry.letterVoice?.voice !== "someone-else");
  const pages = await Promise.all(primary.map((entry) => getPage(entry.href)));
  return pages.filter((page): page is CompiledPage => page !== null);
}

/** Where `npm run build` leaves the search index; inside .next so each build replaces it. */
export const SEARCH_INDEX_FILE = path.join(process.cwd(), ".next", "search-index.json");

/** The parsed search index file, or null when this build has none. */
export function readSearchIndexFile(): unknown {
  try {
    return JSON.parse(readFileSync(SEARCH_INDEX_FILE, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
