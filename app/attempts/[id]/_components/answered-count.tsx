'use client';
// "N of M answered" on the quiz page, and whether each question counts. One rule for the whole
// page (knownAnswer): the newest of this tab's own save and the server's answer in the render
// shown. A page shown again from the browser's cache (Back after leaving the quiz) carries the
// answers of its first render, older than the tab's saves; the page read again from the server
// (the tab shown again) carries newer ones, perhaps saved in another tab.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { knownAnswer, renderHeardAt } from './tab-answers';

interface AnsweredCount {
  answered: number;
  isAnswered: (questionId: string) => boolean;
  /** Called after a save landed: counts again. */
  changed: () => void;
  /** When this tab first saw the rendered answers shown (knownAnswer's `renderedAt`). */
  renderedAt: number;
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
  const renderedAt = renderHeardAt(savedAnswers);
  const isAnswered = (questionId: string) => knownAnswer(attemptId, questionId, savedAnswers[questionId], renderedAt) !== '';
  const value: AnsweredCount = { answered: questionIds.filter(isAnswered).length, isAnswered, changed, renderedAt };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAnsweredCount(): AnsweredCount {
  const value = useContext(Context);
  if (!value) throw new Error('useAnsweredCount outside AnsweredCountProvider');
  return value;
}
