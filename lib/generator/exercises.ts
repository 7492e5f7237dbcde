// Study questions a textbook sets its reader ("Why does a long fetch produce powerful waves?",
// "Using the Brannock case study, explain why groynes …", "Check your understanding: Explain why
// rain is fresh …") ask for an answer the text does not give in that sentence: blanking a word of
// one ("Using the _____ case study, explain …") or stating it as true or false tests nothing.

/**
 * A short label the exercise may open with once markup is gone ("Check your understanding:",
 * "Activity 2:"); not a clause ("The project asked a simple question: do …?").
 */
const LABEL = String.raw`(?:\p{Lu}\p{L}*(?:\s\p{L}+){0,3}(?:\s\d+)?:\s+)?`;
/** "Using the … case study,", "With reference to the map,": the source the reader is pointed to. */
const POINTED = String.raw`(?:(?:using|with\s+reference\s+to|referring\s+to|based\s+on|from)\s[^,.;:]{3,80},\s+)?`;
/** Verbs of instruction a teacher sets, not verbs a report or a story opens with. */
const TASK = String.raw`(?:explain|describe|discuss|compare|contrast|suggest|outline|evaluate|assess|identify|define|justify|summari[sz]e|analy[sz]e|calculate)`;
/** What the instruction asks for: a question word or the thing to describe. */
const OBJECT = String.raw`(?:why|how|what|which|where|when|who|whether|the|a|an|two|three|one|your|some|each)\b`;

const QUESTION_OPENER = new RegExp(String.raw`^${LABEL}(?:why|how|what|which|where|when|who|whose|do|does|did|is|are|was|were|can|could|should|would|will)\s`, 'iu');

const PROMPT = new RegExp(String.raw`^${LABEL}${POINTED}${TASK}\s+${OBJECT}`, 'iu');

/** Whether a sentence (its text, markup gone) is an exercise set for the reader. */
export function isExercisePrompt(text: string): boolean {
  const t = text.trim();
  // "Why does a long fetch produce powerful waves?": a sentence that is itself a question, outside
  // quotation marks, is the text asking, not telling. ("The project asked a simple question: do
  // the fountains contain microplastics?" tells what the project asked, and stays.)
  if (/\?$/.test(t) && !/[“”"]/.test(t) && QUESTION_OPENER.test(t)) return true;
  return PROMPT.test(t);
}

/**
 * An interviewer's question, which the exercise rule above does not take (it opens with no question
 * word, or ends in markup): a sentence that asks rather than states ("Q: For readers who haven't met
 * them, who are the Lighthouse Mice?"); a question after a colon inside a statement ("Her project
 * asked a simple question: do the fountains contain microplastics?") still states who asked it.
 */
export function isDirectQuestion(text: string): boolean {
  return /\?[\s*_"”’)]*$/.test(text) && !/:\s+\p{Ll}[^:]*\?[\s*_"”’)]*$/u.test(text);
}
