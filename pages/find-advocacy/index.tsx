import type { GetStaticProps } from "next";
import { StartButton } from "@/components/content/StartButton";
import { PageHead } from "@/components/layout/PageHead";
import { SiteLayout, type ShellProps } from "@/components/layout/SiteLayout";
import { getNavigation } from "@/lib/content/loader";
import { shellFor } from "@/lib/content/navigation";
import { FINDER_PATH, finderTrail, questionUrl } from "@/lib/finder/urls";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<{ shell: ShellProps }> = () => ({
  props: {
    shell: shellFor(getNavigation(), FINDER_PATH, finderTrail()),
  },
});

export default function FinderStart({ shell }: { shell: ShellProps }) {
  return (
    <SiteLayout {...shell}>
      <PageHead
        title="Find out which advocate you can get"
        description="Answer a few questions to find out which independent advocate the law gives you in England, Wales, Scotland or Northern Ireland, and how to ask for one."
        path={FINDER_PATH}
      />
      <h1>Find out which advocate you can get</h1>
      <p>Answer a few questions about you, or the person you care for. It takes about 2 minutes.</p>
      <p>We will tell you:</p>
      <ul>
        <li>which advocate the law gives you, if any</li>
        <li>who must arrange it</li>
        <li>the law that says so</li>
        <li>what to say when you ask</li>
        <li>who to contact</li>
      </ul>
      <p>It works for England, Wales, Scotland and Northern Ireland. You can print your answer to take to a meeting.</p>
      <StartButton href={questionUrl("nation", {})}>Start now</StartButton>
      <h2>Who this is for</h2>
      <p>
        This finder is for adults. Its questions about mental capacity are for people aged 16 or over. Its questions
        about care and support are for adults aged 18 or over. The Mental Health Act questions apply at any age.
      </p>
      <p>
        For someone younger, read <a href="/children-and-young-people">advocacy for children and young people</a>.
      </p>
      <h2>Before you start</h2>
      <p>This tool gives information, not legal advice.</p>
      <p>
        Some questions let you answer &ldquo;I am not sure&rdquo;. We will then tell you what would make a difference. If
        you do not know which part of the Mental Health Act applies, ask the ward staff or the care team.
      </p>
      <h2>We do not keep your answers</h2>
      <p>
        Your answers are kept only in the web address of each page. We do not store them, and we set no cookies. On a
        shared computer, you may want to clear the browser history when you finish.
      </p>
    </SiteLayout>
  );
}
