import type { ReactNode } from "react";
import type { LetterVoice } from "@/lib/letter-voices";
import { Blank } from "./Blank";
import { TickList } from "./TickList";

/**
 * The letter itself: a bordered sheet of real text, so it can be printed and filled in by
 * hand, or copied into an email. On a letter written in two voices, a line above the sheet says
 * whose voice this one is in and links the other (on screen only: print shows the sheet alone).
 */
export function Letter({ voice, children }: { voice: LetterVoice | null; children: ReactNode }) {
  return (
    <>
      {voice && <VoiceSwitch voice={voice} />}
      <section className="letter" aria-label="The letter">
        {children}
      </section>
    </>
  );
}

function VoiceSwitch({ voice }: { voice: LetterVoice }) {
  return voice.voice === "me" ? (
    <p className="letter-voice">
      This letter is written for you to ask for yourself. <a href={voice.someoneElse}>Asking for someone else? Use the letter written for that</a>.
    </p>
  ) : (
    <p className="letter-voice">
      This letter is written for a relative, friend, carer or professional asking for the person. <a href={voice.me}>Asking for yourself? Use the letter written for that</a>.
    </p>
  );
}

/** Who the letter is from and for, and the date: the same blanks on every letter. */
export function LetterHead({ to }: { to: string }) {
  return (
    <div className="letter__head">
      <Blank size="box" label="From: your name, address, phone number and email" />
      <Blank size="box" label={`To: ${to}`} />
      <Blank label="Date" />
    </div>
  );
}

/** Words for one voice only: `<Voice me>...</Voice>` or `<Voice other>...</Voice>`. */
export function Voice({ voice, me = false, other = false, children }: { voice: LetterVoice | null; me?: boolean; other?: boolean; children: ReactNode }) {
  if (me === other) throw new Error("<Voice> takes exactly one of `me` or `other`");
  if (!voice) throw new Error("<Voice> is only for letters published in two voices");
  return (voice.voice === "me") === me ? <>{children}</> : null;
}

/** A word or two that differs by voice, inside a sentence: `<VoiceText me="I am" other="they are" />`. */
export function VoiceText({ voice, me, other }: { voice: LetterVoice | null; me: string; other: string }) {
  if (!voice) throw new Error("<VoiceText> is only for letters published in two voices");
  return <>{voice.voice === "me" ? me : other}</>;
}

/**
 * Who the letter is about. In the reader's own voice, their date of birth (their name and
 * address are in the head). On someone's behalf: the person, the writer's relationship to them,
 * and whether the person agrees or cannot decide, which a body needs before it talks to a third
 * party. `consent={false}` where the letter itself says they cannot decide (an IMCA).
 */
export function AboutThePerson({ voice, consent = true }: { voice: LetterVoice | null; consent?: boolean }) {
  if (!voice) throw new Error("<AboutThePerson> is only for letters published in two voices");
  if (voice.voice === "me") {
    return (
      <p>
        My date of birth is <Blank label="your date of birth" />.
      </p>
    );
  }
  return (
    <>
      <p>
        This letter is about <Blank label="their name and date of birth" />. I am their <Blank label="for example son, friend, carer or social worker" />.
      </p>
      {consent && (
        <TickList>
          <ul>
            <li>They know about this letter and agree to it.</li>
            <li>They cannot decide this for themselves, so I am asking for them.</li>
          </ul>
        </TickList>
      )}
    </>
  );
}
