// lib/dal/answer-holds.ts AnswerHold as the assign and edit forms get it (plain strings).
import type { AnswerHold } from '@/lib/dal/answer-holds';

export interface AnswerHoldView {
  assignmentId: string;
  title: string;
  className: string;
  isSameClass: boolean;
  releaseAt: string;
  isExtended: boolean;
  questionIds: string[];
}

export function toAnswerHoldViews(holds: AnswerHold[] | null): AnswerHoldView[] {
  return (holds ?? []).map((h) => ({
    assignmentId: h.assignmentId,
    title: h.title,
    className: h.class.name,
    isSameClass: h.isSameClass,
    releaseAt: h.releaseAt.toISOString(),
    isExtended: h.isExtended,
    questionIds: h.questionIds,
  }));
}
