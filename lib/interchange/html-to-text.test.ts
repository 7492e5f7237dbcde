import { describe, expect, it } from 'vitest';
import { htmlFragmentToText, htmlToArticleText, reduceHtmlArticle } from './html-to-text';

const page = `<!doctype html>
<html><head><title>The Seine  &amp; Paris</title><style>p { color: red }</style>
<script>document.write("<p>injected</p>")</script></head>
<body>
  <header><a href="/">Site name</a></header>
  <nav><ul><li>Home</li><li>About</li></ul></nav>
  <main>
    <h1>The   Seine</h1>
    <p>The Seine flows
       through <a href="/paris">Paris</a>.<br>It is 777&nbsp;km long.</p>
    <script>alert("hidden")</script>
    <noscript>Enable JavaScript</noscript>
    <h2>Bridges &amp; banks</h2>
    <ul><li>Pont Neuf</li><li>Pont <em>des</em> Arts</li></ul>
    <div hidden>secret</div><div aria-hidden="true">decor</div>
    <p>Caf&eacute; &lt;b&gt; &#x1F30A;</p>
    <table><tr><th>Bridge</th><th>Year</th></tr><tr><td>Pont Neuf</td><td>1607</td></tr></table>
    <aside>Related stories</aside>
  </main>
  <footer>© Somebody</footer>
</body></html>`;

describe('htmlToArticleText', () => {
  it('keeps paragraphs, headings as ## and list items as -, and drops scripts, styles and chrome', () => {
    // The <h1> "The Seine" opens the page titled "The Seine & Paris": the title already says it.
    expect(htmlToArticleText(page)).toBe(
      [
        'The Seine flows through Paris.\nIt is 777 km long.',
        '## Bridges & banks',
        '- Pont Neuf\n- Pont des Arts',
        'Café <b> 🌊',
        'Bridge | Year',
        'Pont Neuf | 1607',
      ].join('\n\n'),
    );
  });

  it('never lets markup or script content through', () => {
    const text = htmlToArticleText(page);
    for (const bad of ['injected', 'alert', 'color: red', 'Enable JavaScript', 'Site name', 'Home', 'secret', 'decor', 'Related', '©', '<a', '<p']) {
      expect(text).not.toContain(bad);
    }
  });

  it('takes a single <article> as the content and keeps its header', () => {
    const html = '<body><header>Banner</header><article><header><h1>Title</h1></header><p>Body</p><footer>Share</footer></article><p>Comments</p></body>';
    expect(htmlToArticleText(html)).toBe('Body');
  });

  it('drops only a headline that repeats the title, not a first section heading', () => {
    expect(reduceHtmlArticle('<title>Honeybees – Nature Notes</title><h1>Honeybees</h1><p>Bees dance.</p>')).toEqual({
      title: 'Honeybees – Nature Notes',
      text: 'Bees dance.',
    });
    expect(reduceHtmlArticle('<title>Honeybees</title><h2>How they dance</h2><p>Bees dance.</p>').text).toBe('## How they dance\n\nBees dance.');
    expect(reduceHtmlArticle('<title>Climate change and the oceans</title><h2>Climate change</h2><p>Seas warm.</p>').text).toBe('## Climate change\n\nSeas warm.');
    expect(reduceHtmlArticle('<title>Honeybees</title><h1>Honey</h1><p>Bees dance.</p>').text).toBe('## Honey\n\nBees dance.');
  });

  it('reports the page title and copes with fragments and broken markup', () => {
    expect(reduceHtmlArticle(page).title).toBe('The Seine & Paris');
    expect(reduceHtmlArticle('<p>No title').title).toBeNull();
    expect(htmlToArticleText('<p>Unclosed <b>bold<p>Next')).toBe('Unclosed bold\n\nNext');
    expect(htmlToArticleText('')).toBe('');
  });
});

describe('htmlFragmentToText', () => {
  it('turns a Moodle-style snippet into plain text', () => {
    expect(htmlFragmentToText('<p>One<br>two</p><p>Three &amp; <script>x()</script>four</p>')).toBe('One\ntwo\n\nThree & four');
  });
});
