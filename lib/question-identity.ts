// A new question's id is made here rather than by the schema's default (a cuid made at insert),
// so that an original can name itself as its lineage in the same insert (Question.lineageId in
// prisma/models/models.prisma). An edit's new version keeps the old one's lineage instead
// (lib/dal/review.ts applyEdit) and takes the default id.
import { randomUUID } from 'node:crypto';

/** Id and lineage of a new original question: the first of its lineage. */
export function newOriginalQuestion(): { id: string; lineageId: string } {
  // Letters and digits only, as the forms' and actions' id checks expect (lib/schemas/attempts.ts).
  const id = randomUUID().replaceAll('-', '');
  return { id, lineageId: id };
}
