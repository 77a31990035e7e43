// A small valid scenario as text, with line numbers the rejection tests rely on (line N = index N-1).
export const BASE_YAML = `id: base-case
version: 1
locale: en
title: Base case
difficulty: 2
persona:
  name: Sam
  temperament: powerful
  mood: 80
brief: The parcel is late.
issue:
  summary: late delivery
  keywords: [late, delivery]
solvableInCall: true
maxTurns: 6
passScore: 70
start: opening
nodes:
  opening:
    customer: Where is my parcel?
    choices:
      - id: soothe
        reply: I'm sorry your delivery is late; I understand.
        mood: -20
        to: done
      - id: argue
        reply: But it is not our fault.
        next:
          - when: { moodAtLeast: 90 }
            to: angry
          - to: opening
  done:
    customer: Thanks.
    end: resolved
  angry:
    customer: Manager, now.
    end: escalated
`;

/** Replace the first occurrence of a line's content, failing loudly when the fixture drifted. */
export function edit(from: string, to: string, text = BASE_YAML): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
