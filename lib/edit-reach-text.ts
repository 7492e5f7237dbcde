// What a question edit does to the assignments that ask the question, in words: before saving
// (the edit page) and after (the question bank's notice). The rules are in
// lib/dal/question-edit-reach.ts; this module only counts them out.

/** How many assignments ask a question, as an edit of it treats them. */
export interface EditReach {
  /** The editor's assignments no student has started: they get (or got) the edit. */
  unstarted: number;
  /** The editor's assignments with an attempt: they keep the wording their students saw. */
  started: number;
  /** Other teachers' assignments: they keep the wording they were given. */
  others: number;
}

const assignments = (n: number) => (n === 1 ? '1 assignment' : `${n} assignments`);
const keeps = (n: number) => (n === 1 ? 'keeps' : 'keep');
const its = (n: number) => (n === 1 ? 'its' : 'their');

function othersKeep(others: number, alsoMine: boolean): string | null {
  if (others === 0) return null;
  const where = others === 1 ? 'An assignment in another teacher’s class' : `${others} assignments in other teachers’ classes`;
  const given = others === 1 ? 'it was given' : 'they were given';
  return alsoMine
    ? `${where} ${others === 1 ? 'asks' : 'ask'} it too and ${keeps(others)} the wording ${given}.`
    : `${where} ${others === 1 ? 'asks' : 'ask'} this question; ${others === 1 ? 'it keeps' : 'they keep'} the wording ${given}.`;
}

/** The edit page's note before saving; null when no assignment asks the question. */
export function editReachNotice({ unstarted, started, others }: EditReach): string | null {
  const mine = unstarted + started;
  const lines: (string | null)[] = [];
  if (mine > 0) {
    lines.push(`${mine === 1 ? 'One assignment in your classes asks' : `${mine} assignments in your classes ask`} this question.`);
    if (unstarted > 0 && started > 0) {
      lines.push(`${unstarted} that no student has started will get your edit; ${started} already started ${keeps(started)} the wording ${its(started)} students saw.`);
    } else if (unstarted > 0) {
      lines.push(mine === 1 ? 'No student has started it, so it will get your edit.' : 'No student has started them, so they will all get your edit.');
    } else {
      lines.push(mine === 1 ? 'A student has started it, so it keeps the wording its students saw.' : 'Students have started each of them, so they keep the wording their students saw.');
    }
  }
  // The counts are this page's; a start before the save wins (it keeps the wording). Said before
  // the other teachers' assignments, so "them" means the teacher's own.
  if (unstarted > 1) lines.push('If a student starts one of them before you save, that one keeps its wording.');
  else if (unstarted === 1) lines.push(mine === 1 ? 'If a student starts it before you save, it keeps its wording.' : 'If a student starts that one before you save, it keeps its wording.');
  lines.push(othersKeep(others, mine > 0));
  const text = lines.filter((l) => l !== null).join(' ');
  return text || null;
}

/** The question bank's notice after saving an edit, from what the edit did. */
export function editSavedNotice({ unstarted, started, others }: EditReach): string {
  const lines = ['Saved as a new approved version, listed below.'];
  if (unstarted > 0) lines.push(`${assignments(unstarted)} that no student had started ${unstarted === 1 ? 'now asks' : 'now ask'} your edit.`);
  else if (started + others > 0) lines.push('No assignment got your edit.');
  if (started > 0) lines.push(`${assignments(started)} already started ${keeps(started)} the wording ${its(started)} students saw.`);
  if (others > 0) lines.push(`${others === 1 ? '1 assignment in another teacher’s class' : `${others} assignments in other teachers’ classes`} ${keeps(others)} the wording ${others === 1 ? 'it was' : 'they were'} given.`);
  return lines.join(' ');
}
