import { describe, expect, it } from 'vitest';
import { articleFileKind, readArticleFile, readArticleText } from './article-upload';
import { InterchangeImportError } from './schema';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading an uploaded article', () => {
  it('reduces a web page to its text, taking the page title, and keeps no markup', () => {
    const page = `<!doctype html><html><head><title>Bees &amp; Flowers</title><script>alert("x")</script><style>p{}</style></head>
      <body><nav>Home</nav><article><h1>Bees</h1><p onclick="steal()">Bees <b>visit</b> flowers.</p><img src=x onerror=alert(1)>
      <ul><li>Pollen</li><li>Nectar</li></ul></article><footer>©</footer></body></html>`;
    const draft = readArticleFile('bees.HTML', bytes(page));
    expect(draft).toEqual({ body: 'Bees visit flowers.\n\n- Pollen\n- Nectar', title: 'Bees & Flowers' });
  });

  it('splits front matter off Markdown and offers its fields', () => {
    const md = '\uFEFF---\r\ntitle: "The Reef"\r\nsource: Reef Trust\r\nlicense: CC0\r\n---\r\n\r\nCorals build reefs.\r\n';
    expect(readArticleFile('reef.md', bytes(md))).toEqual({ body: 'Corals build reefs.', title: 'The Reef', source: 'Reef Trust', license: 'CC0', url: undefined });
    expect(readArticleText('Just text.\n')).toEqual({ body: 'Just text.', title: undefined, source: undefined, url: undefined, license: undefined });
  });

  it('reduces HTML in pasted text, so every paragraph shown to students is one questions come from', () => {
    // A paragraph left as <p>…</p> is dropped by the article page's Markdown renderer.
    const mixed = 'Ferry link opens\n\nThe ferry sails at nine.\n\n<p>A power cut left <b>14,000 homes</b> in Belford without light.</p>\n\n<div>Tom Gallagher runs the bakery &amp; café.</div>';
    expect(readArticleText(mixed)).toMatchObject({
      title: 'Ferry link opens',
      body: 'The ferry sails at nine.\n\nA power cut left 14,000 homes in Belford without light.\n\nTom Gallagher runs the bakery & café.',
    });
    const page = '<!DOCTYPE html><html><head><title>Power cut</title></head><body><nav>Home</nav><p>A power cut left <b>14,000 homes</b> dark.</p></body></html>';
    expect(readArticleText(page)).toMatchObject({ title: 'Power cut', body: 'A power cut left 14,000 homes dark.' });
    // A typed or front-matter title wins over the page's; text without markup is untouched.
    expect(readArticleText(`---\ntitle: Outage\n---\n${page}`)).toMatchObject({ title: 'Outage' });
    expect(readArticleText('Prices rose 3 < 5 per cent and a > b.')).toMatchObject({ body: 'Prices rose 3 < 5 per cent and a > b.' });
  });

  it('drops an opening heading that repeats the front matter\'s title, and keeps any other', () => {
    const md = (heading: string) => `---\ntitle: Why Alpine Glaciers Are Shrinking\nsource: Alps Desk\n---\n\n${heading}\n\nThe glaciers melt.`;
    expect(readArticleText(md('# Why Alpine glaciers are shrinking'))).toMatchObject({ title: 'Why Alpine Glaciers Are Shrinking', body: 'The glaciers melt.' });
    expect(readArticleText(md('## Causes'))).toMatchObject({ body: '## Causes\n\nThe glaciers melt.' });
    expect(readArticleText(md('Why Alpine Glaciers Are Shrinking'))).toMatchObject({ body: 'Why Alpine Glaciers Are Shrinking\n\nThe glaciers melt.' });
  });

  it('takes a pasted article\'s opening headline line as its title', () => {
    expect(readArticleText('The Okapi\n\nThe okapi is a mammal.\n\nIt eats leaves.')).toMatchObject({ title: 'The Okapi', body: 'The okapi is a mammal.\n\nIt eats leaves.' });
    expect(readArticleText('# Why do bees dance?\n\nBees dance.')).toMatchObject({ title: 'Why do bees dance?', body: 'Bees dance.' });
    // A first sentence, a lone paragraph or front matter's own title: no headline taken.
    expect(readArticleText('The okapi is a mammal.\n\nIt eats leaves.')).toMatchObject({ title: undefined, body: 'The okapi is a mammal.\n\nIt eats leaves.' });
    expect(readArticleText('The Okapi')).toMatchObject({ title: undefined, body: 'The Okapi' });
    expect(readArticleText('The okapi, a mammal of the Congo,\n\nlives in forests.')).toMatchObject({ title: undefined });
  });

  it('keeps a first line that is not a headline: bylines, datelines, Markdown blocks, quoted sentences', () => {
    const openings = [
      'LONDON (Reuters) -',
      'By Jane Smith',
      '“We have never seen anything like it.”',
      'It was the hottest day (on record.)',
      '- Pollen',
      '1. Preheat the oven',
      '> A quote',
      '| a | b |',
      '![A bee](bee.png)',
      '**Bold lead**',
      'Photo: Getty Images',
      'Updated 3 December 2026',
      '#',
      '123',
    ];
    for (const first of openings) {
      expect(readArticleText(`${first}\n\nBees dance.`), first).toMatchObject({ title: undefined, body: `${first}\n\nBees dance.` });
    }
  });

  it('keeps the first line when the teacher typed a different title, and drops it when typed the same', () => {
    const text = 'Have you ever wondered why bees dance?\n\nBees dance to show where flowers are.';
    expect(readArticleText(text, 'Bees – Y8 reading')).toMatchObject({ title: undefined, body: text });
    expect(readArticleText(text, '  have you ever wondered  why bees dance? ')).toMatchObject({ body: 'Bees dance to show where flowers are.' });
    expect(readArticleText(text)).toMatchObject({ title: 'Have you ever wondered why bees dance?', body: 'Bees dance to show where flowers are.' });
    expect(readArticleText('---\ntitle: Okapis\n---\nThe Okapi\n\nThe okapi is a mammal.')).toMatchObject({ title: 'Okapis', body: 'The Okapi\n\nThe okapi is a mammal.' });
  });

  it('refuses other file types, invalid UTF-8 and unreadable front matter with a message', () => {
    expect(articleFileKind('notes.pdf')).toBeNull();
    expect(() => readArticleFile('notes.pdf', bytes('x'))).toThrow('Upload a .md, .txt or .html file.');
    expect(() => readArticleFile('a.txt', new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(InterchangeImportError);
    expect(() => readArticleText('---\ntitle: [unclosed\n---\nBody')).toThrow(/front matter .* could not be read/);
  });
});
