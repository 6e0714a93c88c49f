/**
 * Letters in the reader's voice. A letter page that uses <Voice> is one MDX source published at
 * two static addresses: /letters/x in the voice of the person themselves ("I am detained ..."),
 * and /letters/x/for-someone-else in the voice of someone asking on their behalf ("This letter
 * is about ... I am their ..."). Two addresses, not a query string, keep the pages static and
 * script-free. See docs/decisions/0009-letter-voices.md.
 */

/** The same values as the finder's `who` answer, so a result can link the letter that fits. */
export const LETTER_VOICES = ["me", "someone-else"] as const;
export type LetterVoiceName = (typeof LETTER_VOICES)[number];

/** The last path segment of the someone-else address. */
export const SOMEONE_ELSE_SEGMENT = "for-someone-else";

/** Which voice a page is rendered in, and both its addresses (for the switch between them). */
export interface LetterVoice {
  voice: LetterVoiceName;
  me: string;
  someoneElse: string;
  /** Every two-voice letter's own address, so links between letters can keep the voice. */
  voicedLetters: string[];
}

/** A page is written in two voices when its source uses the <Voice> or <VoiceText> component. */
export function usesVoices(source: string): boolean {
  return /<Voice(Text)?\b/.test(source);
}

/** The address of a two-voice letter in this voice. */
export function voiceHref(href: string, voice: LetterVoiceName): string {
  return voice === "me" ? href : `${href}/${SOMEONE_ELSE_SEGMENT}`;
}

export function letterVoiceFor(href: string, voice: LetterVoiceName, voicedLetters: string[]): LetterVoice {
  return { voice, me: voiceHref(href, "me"), someoneElse: voiceHref(href, "someone-else"), voicedLetters };
}

/** On a letter in the someone-else voice, a link to another two-voice letter goes to that voice too. */
export function linkInVoice(href: string, voice: LetterVoice | null): string {
  return voice?.voice === "someone-else" && voice.voicedLetters.includes(href) ? voiceHref(href, "someone-else") : href;
}

/** "Letter: ask for an IMCA" becomes "Letter on someone's behalf: ask for an IMCA". */
export function someoneElseTitle(title: string): string {
  return title.startsWith("Letter: ") ? `Letter on someone's behalf: ${title.slice("Letter: ".length)}` : `${title}, on someone's behalf`;
}

/** The description, with a sentence that says whose voice this version is in. */
export function someoneElseDescription(description: string): string {
  return `${description} This version is for a relative, friend, carer or professional asking for the person.`;
}
