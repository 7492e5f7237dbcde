import Link from '@/components/ui/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2">
        There is nothing here, or it is not yours to see. Back to the <Link href="/" className="underline">library</Link>.
      </p>
    </>
  );
}
