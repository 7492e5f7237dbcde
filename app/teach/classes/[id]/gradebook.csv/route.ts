// A class's gradebook as a CSV download, for the teacher of the class.
import { getViewer } from '@/lib/auth';
import { toCsv } from '@/lib/csv';
import { getGradebook, gradebookCsvRows } from '@/lib/dal/gradebook';
import { csvResponse } from '@/lib/http/csv-response';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to download.', { status: 401 });
  const book = await getGradebook(viewer, (await params).id);
  if (!book) return new Response('Not found.', { status: 404 });
  return csvResponse(toCsv(gradebookCsvRows(book)), `${book.class.name} - grades`);
}
