// A small school on one server, built through the real actions: teacher A with a class that
// student A joined, student A's open attempt, submitted attempt and study card, and the
// outsiders (student B, teacher B) who try to reach them.
import type { App, User } from './app';

export interface World {
  teacherA: User;
  teacherB: User;
  studentA: User;
  studentB: User;
  classId: string;
  joinCode: string;
  quiz: { slug: string; quizId: string; questionIds: string[]; flashcardIds: string[] };
  draft: { slug: string; questionIds: string[] };
  openAttemptId: string;
  submittedAttemptId: string;
  cardKey: string;
}

function redirectId(redirect: string | null, pattern: RegExp): string {
  const match = redirect ? pattern.exec(redirect) : null;
  if (!match) throw new Error(`unexpected redirect ${redirect}`);
  return match[1];
}

export async function buildWorld(app: App): Promise<World> {
  const [teacherA, teacherB, studentA, studentB] = [
    await app.signUp('teacher-a', 'teacher'),
    await app.signUp('teacher-b', 'teacher'),
    await app.signUp('student-a'),
    await app.signUp('student-b'),
  ];
  const created = await app.action('classes', 'createClassAction', { fields: { name: 'Class of teacher A' }, cookie: teacherA.cookie });
  const classId = redirectId(created.redirect, /\/teach\/classes\/([a-z0-9]+)/);
  const sql = await app.sql();
  const { joinCode } = (await sql.one<{ joinCode: string }>('SELECT "joinCode" FROM "Class" WHERE "id" = ?', [classId]))!;
  const joined = await app.action('classes', 'joinClassAction', { fields: { code: joinCode }, cookie: studentA.cookie });
  if (!joined.redirect) throw new Error(`join failed: ${joined.body.slice(0, 300)}`);

  const quiz = app.seed<World['quiz']>('quiz', {
    flashcards: [{ front: 'Largest planet', back: 'Jupiter', sourceSentence: 'Jupiter is the largest planet.' }],
  });
  const other = app.seed<World['quiz']>('quiz');
  const draft = app.seed<World['draft']>('article', { text: 'plain text' });

  const start = async (slug: string) =>
    redirectId((await app.action('attempts', 'startAttempt', { arity: 1, fields: { slug }, cookie: studentA.cookie })).redirect, /\/attempts\/([a-z0-9]+)/);
  const openAttemptId = await start(quiz.slug);
  await app.action('attempts', 'saveAnswer', { fields: { attemptId: openAttemptId, questionId: quiz.questionIds[0], answer: 'Paris' }, cookie: studentA.cookie });
  const submittedAttemptId = await start(other.slug);
  await app.action('attempts', 'saveAnswer', { fields: { attemptId: submittedAttemptId, questionId: other.questionIds[0], answer: 'Rome' }, cookie: studentA.cookie });
  const submitted = await app.action('attempts', 'submitAttempt', { fields: { attemptId: submittedAttemptId }, cookie: studentA.cookie });
  if (!submitted.redirect?.includes('/results')) throw new Error(`submit failed: ${submitted.body.slice(0, 300)}`);

  const cardKey = `f:${quiz.flashcardIds[0]}`;
  await app.action('study', 'gradeCard', { fields: { slug: quiz.slug, cardKey, version: '0', rating: '3' }, cookie: studentA.cookie });
  return { teacherA, teacherB, studentA, studentB, classId, joinCode, quiz, draft, openAttemptId, submittedAttemptId, cardKey };
}

/**
 * Input that passes each known action's schema, aimed at the world's records, so a refusal
 * proves the check and not the parser. Actions added later get every field at once.
 */
export function plausibleFields(w: World, name: string): Record<string, string> {
  const known: Record<string, Record<string, string>> = {
    startAttempt: { slug: w.quiz.slug },
    saveAnswer: { attemptId: w.openAttemptId, questionId: w.quiz.questionIds[0], answer: 'Berlin' },
    submitAttempt: { attemptId: w.openAttemptId },
    createClassAction: { name: 'Forged class' },
    joinClassAction: { code: w.joinCode },
    removeStudentAction: { classId: w.classId, studentId: w.studentA.id },
    archiveClassAction: { classId: w.classId, archive: 'yes' },
    decide: { questionId: w.draft.questionIds[1], decision: 'approve' },
    saveQuestion: { slug: w.draft.slug, questionId: w.draft.questionIds[1], type: 'short_answer', prompt: 'Forged?', shortAnswer: 'forged' },
    gradeCard: { slug: w.quiz.slug, cardKey: w.cardKey, version: '1', rating: '1' },
    undoLastGrade: { slug: w.quiz.slug },
    updateStudySettings: { retentionPercent: '75' },
    decideRequest: { userId: w.studentA.id, decision: 'approve' },
    createInvite: {},
    revokeInviteAction: { inviteId: 'x1' },
    createResetLink: { userId: w.studentA.id },
    acceptInviteAction: { token: 'x'.repeat(43) },
    signOut: {},
    markAnswerAction: { attemptId: w.submittedAttemptId, questionId: w.quiz.questionIds[0], intent: 'mark_correct' },
    renameArticleAction: { slug: w.quiz.slug, title: 'Forged title' },
    archiveArticleAction: { slug: w.quiz.slug, archive: 'archive' },
    deleteArticleAction: { slug: w.draft.slug },
    approveAllDrafts: { slug: w.draft.slug, questionIds: w.draft.questionIds.join(',') },
    demoteUserAction: { userId: w.teacherA.id },
    removeUserAction: { userId: w.studentA.id },
    // Teacher B taking teacher A's class: the attack a teacher calling it would try.
    handOverClassesAction: { fromUserId: w.teacherA.id, toUserId: w.teacherB.id, classIds: w.classId, confirm: 'yes' },
  };
  return (
    known[name] ?? {
      attemptId: w.openAttemptId, questionId: w.quiz.questionIds[0], classId: w.classId, studentId: w.studentA.id, userId: w.studentA.id,
      slug: w.quiz.slug, quizId: w.quiz.quizId, articleId: w.quiz.slug, name: 'Forged', title: 'Forged', answer: 'Berlin',
    }
  );
}
