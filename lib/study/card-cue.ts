// What a flashcard asks for. A generated card's front is either a question or a cloze ("In ___,
// the reef…"), which asks for itself, or a bare name or term from an appositive ("James Cook"),
// which does not: a student seeing only a name cannot tell that the card wants the role or the
// description the article gives it. Such a front gets a cue line.

/** The cue shown above a flashcard's front, or null when the front already asks something. */
export function cueForFront(front: string, kind: string): string | null {
  const text = front.trim();
  if (text.includes('___') || text.endsWith('?') || /[.!:]$/.test(text)) return null;
  if (kind === 'person') return 'Who is this, in the article?';
  if (kind === 'place') return 'What does the article say about this place?';
  if (kind === 'organization') return 'What is this organization, in the article?';
  return 'What is this, in the article?';
}
