'use client';
// "N of M answered" on the quiz page, and whether each question counts. One rule for the whole
// page (knownAnswer): the newest of this tab's own save and the server's answer in the render
// shown, ordered by the server's clock (tab-answers.ts).
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { knownAnswer, landedSaves, subscribeToSaves } from './tab-answers';

interface AnsweredCount {
  answered: number;
  isAnswered: (questionId: string) => boolean;
  /** When the server read the rendered answers (knownAnswer's `answersReadAt`). */
  answersReadAt: number;
}

const Context = createContext<AnsweredCount | null>(null);

interface Props {
  attemptId: string;
  questionIds: string[];
  savedAnswers: Record<string, string>;
  answersReadAt: number;
  children: ReactNode;
}

export function AnsweredCountProvider({ attemptId, questionIds, savedAnswers, answersReadAt, children }: Props) {
  // Each landed save renders the count (and the questions, through this context) again.
  useSyncExternalStore(subscribeToSaves, landedSaves, () => 0);
  const isAnswered = (questionId: string) => knownAnswer(attemptId, questionId, savedAnswers[questionId], answersReadAt) !== '';
  const value: AnsweredCount = { answered: questionIds.filter(isAnswered).length, isAnswered, answersReadAt };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAnsweredCount(): AnsweredCount {
  const value = useContext(Context);
  if (!value) throw new Error('useAnsweredCount outside AnsweredCountProvider');
  return value;
}
