// The attempts of one assignment as a CSV download, for the teacher who owns the class.
import { getViewer } from '@/lib/auth';
import { toCsv } from '@/lib/csv';
import { attemptsCsvRows, getAssignmentReport } from '@/lib/dal/gradebook';
import { csvResponse } from '@/lib/http/csv-response';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in to download.', { status: 401 });
  const report = await getAssignmentReport(viewer, (await params).id);
  if (!report) return new Response('Not found.', { status: 404 });
  return csvResponse(toCsv(attemptsCsvRows(report)), `${report.class.name} - ${report.title} - attempts`);
}
