import { describe, expect, it } from "vitest";
import { letterVoiceFor, linkInVoice, someoneElseTitle, usesVoices, voiceHref } from "@/lib/letter-voices";

describe("letters in two voices", () => {
  it("puts the someone-else voice at a second static address", () => {
    expect(voiceHref("/letters/imca", "me")).toBe("/letters/imca");
    expect(voiceHref("/letters/imca", "someone-else")).toBe("/letters/imca/for-someone-else");
  });

  it("knows a two-voice letter by its use of <Voice> or <VoiceText>", () => {
    expect(usesVoices("<Voice me>\n\nI am\n\n</Voice>")).toBe(true);
    expect(usesVoices('I <VoiceText me="am" other="is" />')).toBe(true);
    expect(usesVoices("<Letter>\n\nThis letter is about\n\n</Letter>")).toBe(false);
  });

  it("names the someone-else version in its title", () => {
    expect(someoneElseTitle("Letter: ask for an IMCA")).toBe("Letter on someone's behalf: ask for an IMCA");
    expect(someoneElseTitle("Checklist")).toBe("Checklist, on someone's behalf");
  });

  it("keeps links between letters in the someone-else voice, and leaves every other link alone", () => {
    const voiced = ["/letters/imca", "/letters/refused-england"];
    const other = letterVoiceFor("/letters/imca", "someone-else", voiced);
    const me = letterVoiceFor("/letters/imca", "me", voiced);
    expect(linkInVoice("/letters/refused-england", other)).toBe("/letters/refused-england/for-someone-else");
    expect(linkInVoice("/letters/refused-england", me)).toBe("/letters/refused-england");
    expect(linkInVoice("/letters/meeting-checklist", other)).toBe("/letters/meeting-checklist");
    expect(linkInVoice("/your-rights/imca", other)).toBe("/your-rights/imca");
    expect(linkInVoice("/letters/refused-england", null)).toBe("/letters/refused-england");
  });
});
