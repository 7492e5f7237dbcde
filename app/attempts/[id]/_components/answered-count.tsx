'use client';
// "N of M answered" on the quiz page. The server counts the answers when it renders the page;
// answers saved on this page since then adjust the count here, so a save does not need the
// server to render the whole quiz again.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface AnsweredCount {
  answered: number;
  /** +1 when a question on this page gets its first answer, −1 when its answer is cleared. */
  adjust: (delta: number) => void;
}

const Context = createContext<AnsweredCount | null>(null);

export function AnsweredCountProvider({ initial, children }: { initial: number; children: ReactNode }) {
  const [answered, setAnswered] = useState(initial);
  const adjust = useCallback((delta: number) => setAnswered((n) => n + delta), []);
  const value = useMemo(() => ({ answered, adjust }), [answered, adjust]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The count, or `fallback` outside a provider (the review screen renders its own count). */
export function useAnsweredCount(fallback: number): AnsweredCount {
  return useContext(Context) ?? { answered: fallback, adjust: () => {} };
}
