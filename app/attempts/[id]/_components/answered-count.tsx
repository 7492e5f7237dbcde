'use client';
// "N of M answered" on the quiz page, and whether each question counts. One rule for the whole
// page: a question is answered if this tab saved an answer to it, or else if the server had one
// when it rendered the page. The tab's own saves win because a page shown again from the
// browser's cache (Back after leaving the quiz) carries the answers of its first render.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { knownAnswer } from './tab-answers';

interface AnsweredCount {
  answered: number;
  isAnswered: (questionId: string) => boolean;
  /** Called after a save landed: counts again. */
  changed: () => void;
}

const Context = createContext<AnsweredCount | null>(null);

interface Props {
  attemptId: string;
  questionIds: string[];
  savedAnswers: Record<string, string>;
  children: ReactNode;
}

export function AnsweredCountProvider({ attemptId, questionIds, savedAnswers, children }: Props) {
  // Bumped by each landed save, so the count below is taken again.
  const [, setSaves] = useState(0);
  const changed = useCallback(() => setSaves((n) => n + 1), []);
  const isAnswered = (questionId: string) => knownAnswer(attemptId, questionId, savedAnswers[questionId]) !== '';
  const value: AnsweredCount = { answered: questionIds.filter(isAnswered).length, isAnswered, changed };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAnsweredCount(): AnsweredCount {
  const value = useContext(Context);
  if (!value) throw new Error('useAnsweredCount outside AnsweredCountProvider');
  return value;
}
