export default function Loading() {
  return <p className="text-stone-600 dark:text-stone-400" role="status">Loading…</p>;
}
