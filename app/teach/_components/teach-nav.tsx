import Link from '@/components/ui/link';

const SECTIONS = [
  { key: 'questions', href: '/teach', label: 'Questions' },
  { key: 'classes', href: '/teach/classes', label: 'Classes' },
] as const;

/** The teacher area's sections; the current one is marked for screen readers too. */
export function TeachNav({ current }: { current: (typeof SECTIONS)[number]['key'] }) {
  return (
    <nav aria-label="Teaching" className="mb-6 flex gap-1 border-b border-stone-200 dark:border-stone-800">
      {SECTIONS.map((s) => (
        <Link
          key={s.key}
          href={s.href}
          aria-current={s.key === current ? 'page' : undefined}
          className="-mb-px inline-flex min-h-11 items-center border-b-2 border-transparent px-3 text-stone-700 hover:border-stone-400 aria-[current=page]:border-sky-700 aria-[current=page]:font-semibold aria-[current=page]:text-stone-900 dark:text-stone-300 dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:text-stone-50"
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
