// The blank page whose first-load JavaScript is the framework's own, for comparison.
export default function BlankPage() {
  return <main>Blank</main>;
}
