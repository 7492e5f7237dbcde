'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2">Your saved answers are safe. Try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 rounded-md bg-sky-700 px-4 text-white">
        Try again
      </button>
    </>
  );
}
