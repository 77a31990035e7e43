import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/index.ts';
import { importTwine } from '../../engine/import/import-twine.ts';
import { readPassage, splitLink } from '../../engine/import/twine-markup.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/twine/${name}`, 'utf8');

function imported(name: string, options: { story?: string } = {}) {
  const r = importTwine(fixture(name), name, options);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('Twine links', () => {
  it('reads the four link forms of Twine 2', () => {
    expect(splitLink('Say sorry->Calm')).toEqual({ text: 'Say sorry', target: 'Calm' });
    expect(splitLink('Calm<-Say sorry')).toEqual({ text: 'Say sorry', target: 'Calm' });
    expect(splitLink('Say sorry|Calm')).toEqual({ text: 'Say sorry', target: 'Calm' });
    expect(splitLink('Calm')).toEqual({ text: 'Calm', target: 'Calm' });
    // The last arrow wins, so a reply may itself contain "->".
    expect(splitLink('a->b->C')).toEqual({ text: 'a->b', target: 'C' });
  });

  it('takes links, macros, variables and markup out of the customer line, with offsets', () => {
    const text = 'Hi <b>there</b> $name!\n(if: $x)[no]\n[[Go->Next]][$y to 1]';
    const r = readPassage(text);
    expect(r.links).toEqual([{ text: 'Go', target: 'Next', offset: text.indexOf('[[') }]);
    expect(r.unmapped.map((u) => u.kind)).toEqual(['markup', 'markup', 'variable', 'macro', 'setter']);
    expect(r.unmapped[2]!.offset).toBe(text.indexOf('$name'));
    expect(r.line).toBe('Hi there !\n[no]');
  });
});

describe('importTwine', () => {
  it('imports Twee 3: passages to nodes, links to replies, linkless passages to endings, start from StoryData', () => {
    const r = imported('refund.twee');
    expect(r.format).toBe('twee3');
    const loaded = loadScenario(r.yaml.replace('to: Nowhere', 'to: Escalate'), 'x.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const s = loaded.value;
    expect(s.start).toBe('Opening');
    expect(s.locale).toBe('en');
    expect(s.nodes.Opening!.customer).toBe('The kettle you sold me broke after a week! I want my money back now.');
    expect(s.nodes.Opening!.choices.map((c) => c.next[0]!.to)).toEqual(['Calmer', 'Angrier']);
    expect(s.nodes.Calmer!.end).toBe('resolved'); // from the passage tag
    expect(s.nodes.Angrier!.choices.map((c) => c.reply)).toEqual(['Escalate', "That's our policy."]);
  });

  it('reports what it cannot map as located problems in the Twine file', () => {
    const r = imported('refund.twee');
    const where = r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`);
    expect(where).toEqual([
      '14:1 warning import-macro',
      '22:28 warning import-macro',
      '24:1 error import-broken-link',
      '26:1 warning import-ending-outcome',
    ]);
    expect(r.yaml).toContain('end: resolved # pick: resolved | escalated | abandoned');
  });

  it('imports Twine 2 published HTML with Chinese passage names, keeping the names as comments', () => {
    const r = imported('delivery-published.html');
    expect(r.format).toBe('twine2-html');
    const loaded = loadScenario(r.yaml, 'x.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.locale).toBe('zh-Hans');
    expect(loaded.value.nodeOrder).toEqual(['p1', 'p2', 'p3']);
    expect(loaded.value.nodes.p1!.choices[0]!.reply).toContain('非常抱歉');
    expect(r.yaml).toContain('# Twine passage: 开场');
    expect(r.problems.map((p) => p.code)).toEqual(['import-story-script', 'import-macro', 'import-ending-outcome']);
    expect(r.problems[1]!.line).toBe(11);
  });

  it('imports one story of a Twine 2 archive, the first or the one named', () => {
    expect(imported('archive.html').storyName).toBe('First call');
    const second = imported('archive.html', { story: 'Second call' });
    expect(second.format).toBe('twine2-archive');
    expect(second.problems[0]!.code).toBe('import-other-stories');
    expect(loadScenario(second.yaml, 'x.yaml').ok).toBe(true);
  });

  it('refuses what is not a Twine file, and a malformed Twee header, as located problems', () => {
    const notTwine = importTwine('id: x\n', 'x.yaml');
    expect(notTwine.ok).toBe(false);
    if (!notTwine.ok) expect(notTwine.problems[0]).toMatchObject({ code: 'import-unknown-format', line: 1, column: 1 });
    const bad = importTwine(':: [tag]\ntext', 'x.twee');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.code).toBe('import-parse-failed');
  });

  it('makes ids unique and valid whatever the passage names', () => {
    const twee = ':: Start\nHello\n[[A]] [[a]] [[你好->A]]\n\n:: A\nbye\n\n:: a\nbye too\n';
    const r = importTwine(twee, 's.twee');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const loaded = loadScenario(r.value.yaml, 's.yaml');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.nodes.Start!.choices.map((c) => c.id)).toEqual(['a', 'a-2', 'reply-3']);
  });

  it('imports a large story in linear time (a located result, not a hang)', () => {
    const parts = [':: Start\nfirst [[go->n1]]'];
    for (let i = 1; i < 3000; i++) parts.push(`:: n${i}\nline ${i} [[next->n${i + 1}]] [[back->Start]]`);
    parts.push(':: n3000\nthe end');
    const t0 = performance.now();
    const r = importTwine(parts.join('\n\n'), 'big.twee');
    expect(r.ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
