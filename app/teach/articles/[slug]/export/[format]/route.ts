// Downloads of an article's approved questions (GIFT, Moodle XML, QTI 3.0, Anki, Quizlet) and
// of its flashcard deck (Anki, Quizlet). Exports carry answers: teachers only. A route handler
// is a public endpoint and no layout guards it, so the session and role are checked here.
import { getViewer } from '@/lib/auth';
import { getFlashcardsForExport, getQuestionsForExport } from '@/lib/dal/question-export';
import { isTeacher } from '@/lib/dal/review';
import { exportAnki, exportGift, exportMoodleXml, exportQtiPackage, exportQuizlet, questionsToCards } from '@/lib/interchange';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/schemas/interchange';

export const dynamic = 'force-dynamic';

const TEXT = 'text/plain; charset=utf-8';

interface Download {
  body: string | Uint8Array;
  type: string;
  filename: string;
  skipped: number;
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': TEXT, 'Cache-Control': 'no-store' } });
}

async function build(format: ExportFormat, slug: string, viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>): Promise<Download | Response> {
  if (format === 'cards-anki' || format === 'cards-quizlet') {
    const deck = await getFlashcardsForExport(viewer, slug);
    if (!deck) return plain(404, 'No such article.');
    if (deck.cards.length === 0) return plain(404, 'This article has no flashcards to export.');
    return format === 'cards-anki'
      ? { body: exportAnki(deck.cards), type: TEXT, filename: `${deck.slug}-flashcards-anki.txt`, skipped: deck.skipped }
      : { body: exportQuizlet(deck.cards), type: TEXT, filename: `${deck.slug}-flashcards-quizlet.txt`, skipped: deck.skipped };
  }
  const bank = await getQuestionsForExport(viewer, slug);
  if (!bank) return plain(404, 'No such article.');
  if (bank.questions.length === 0) return plain(404, 'This article has no approved questions to export. Approve some in review first.');
  const { questions, skipped } = bank;
  switch (format) {
    case 'gift':
      return { body: exportGift(questions), type: TEXT, filename: `${bank.slug}-gift.txt`, skipped };
    case 'moodle-xml':
      return { body: exportMoodleXml(questions), type: 'application/xml; charset=utf-8', filename: `${bank.slug}-moodle.xml`, skipped };
    case 'qti':
      return { body: exportQtiPackage(questions, { title: bank.title }), type: 'application/zip', filename: `${bank.slug}-qti3.zip`, skipped };
    case 'anki':
      return { body: exportAnki(questionsToCards(questions)), type: TEXT, filename: `${bank.slug}-questions-anki.txt`, skipped };
    case 'quizlet':
      return { body: exportQuizlet(questionsToCards(questions)), type: TEXT, filename: `${bank.slug}-questions-quizlet.txt`, skipped };
  }
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; format: string }> }): Promise<Response> {
  const viewer = await getViewer();
  const { slug, format } = await params;
  if (!viewer) {
    // A lapsed session: sign in and come straight back to the download.
    const path = new URL(request.url).pathname;
    return new Response(null, { status: 303, headers: { Location: `/sign-in?next=${encodeURIComponent(path)}`, 'Cache-Control': 'no-store' } });
  }
  if (!isTeacher(viewer)) return plain(403, 'Only teachers can export questions.');
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return plain(404, 'Unknown export format.');
  const result = await build(format as ExportFormat, slug, viewer);
  if (result instanceof Response) return result;
  return new Response(result.body as BodyInit, {
    headers: {
      'Content-Type': result.type,
      // Slugs are [a-z0-9-], so the plain filename needs no escaping.
      'Content-Disposition': `attachment; filename="${result.filename}"`,
      'Cache-Control': 'private, no-store',
      ...(result.skipped ? { 'X-Gleaner-Skipped': String(result.skipped) } : {}),
    },
  });
}
