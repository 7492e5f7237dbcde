// Ceiling (d): a static page, prerendered at build time.
export const dynamic = 'force-static';

export default function StaticPage() {
  return (
    <main>
      <h1>Static</h1>
      <p>A prerendered page: the framework&apos;s floor for a GET.</p>
    </main>
  );
}
