import { LocalTime } from '@/components/local-time';

/**
 * Where an article came from and when it was added: what tells apart two articles of the same
 * title in a teacher's lists (the same story added twice, from two sources or on two days).
 */
export function ArticleOrigin({ source, createdAt }: { source: string; createdAt: Date }) {
  return (
    <>
      {source} · added <LocalTime iso={createdAt.toISOString()} withTime={false} />
    </>
  );
}
