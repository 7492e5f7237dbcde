// The assign and edit forms' input for integration tests, at a fixed clock: an assignment open
// at T0 and due two hours later, one attempt, answers shown at once. Each test overrides what
// it is about.
import type { createClassroom } from '../factories';
import type { CreateAssignmentInput, UpdateAssignmentInput } from '@/lib/schemas/assignments';

export const T0 = new Date('2032-05-03T09:00:00Z');
export const minutes = (n: number, from = T0) => new Date(from.getTime() + n * 60_000);
/** A date-time as the form's datetime-local field sends it (tzOffset 0). */
export const local = (d: Date) => d.toISOString().slice(0, 16);

type Room = Awaited<ReturnType<typeof createClassroom>>;

/** The assign form's input for `room`'s class and article. */
export function assignInput(room: Pick<Room, 'classId'> & { article: { slug: string } }, over: Partial<CreateAssignmentInput> = {}): CreateAssignmentInput {
  return {
    classId: room.classId, articleSlug: room.article.slug, title: 'Quiz 1', openAt: local(T0), dueAt: local(minutes(120)), tzOffset: 0,
    attemptsAllowed: 1, gradingMethod: 'highest', timeLimitMinutes: undefined, shuffleQuestions: false, shuffleChoices: false,
    reviewPolicy: 'immediately', latePolicy: 'refuse', questionMode: 'best', bestCount: 10, questionIds: [], ...over,
  };
}

/** The edit form's input: the assignment as `assignInput` made it, with changes. */
export function editInput(assignmentId: string, over: Partial<UpdateAssignmentInput> = {}): UpdateAssignmentInput {
  return {
    assignmentId, title: 'Quiz 1', openAt: local(T0), dueAt: local(minutes(120)), tzOffset: 0, attemptsAllowed: 1, gradingMethod: 'highest',
    timeLimitMinutes: undefined, shuffleQuestions: false, shuffleChoices: false, reviewPolicy: 'immediately', latePolicy: 'refuse', ...over,
  };
}
