// What the student typed against the answer: the verdict, then a character diff
// (struck-through = typed but not in the answer, underlined = in the answer but not typed) when
// the two are close enough for one to help (checkTypedAnswer leaves it empty otherwise).
import type { DiffPart, TypedVerdict } from '@/lib/study/typed-answer';

const VERDICTS: Record<TypedVerdict, { text: string; className: string }> = {
  exact: { text: 'Your answer is right.', className: 'text-green-800 dark:text-green-300' },
  accepted: { text: 'Your answer is right: it is accepted too.', className: 'text-green-800 dark:text-green-300' },
  typo: { text: 'Right, with one typo.', className: 'text-green-800 dark:text-green-300' },
  wrong: { text: 'Not quite.', className: 'text-red-800 dark:text-red-300' },
};

export function TypedResult({ typed }: { typed: { text: string; verdict: TypedVerdict; diff: DiffPart[]; against: string | null } }) {
  const verdict = VERDICTS[typed.verdict];
  return (
    <div className="rounded-md bg-stone-100 p-3 dark:bg-stone-800">
      <p className={`font-medium ${verdict.className}`}>{verdict.text}</p>
      <p className="mt-1">
        You typed: <span className="font-mono">{typed.text}</span>
      </p>
      {(typed.verdict === 'typo' || typed.verdict === 'wrong') && typed.diff.length > 0 ? (
        <p className="mt-1" data-testid="typed-diff">
          {typed.against ? <>Difference from the accepted answer “{typed.against}”:</> : 'Difference:'}{' '}
          <span className="font-mono">
            {typed.diff.map((part, i) =>
              part.kind === 'same' ? (
                <span key={i}>{part.text}</span>
              ) : part.kind === 'extra' ? (
                <del key={i} className="bg-red-200 text-red-950 dark:bg-red-900 dark:text-red-50">
                  <span className="sr-only">(typed, not in the answer: </span>
                  {part.text}
                  <span className="sr-only">)</span>
                </del>
              ) : (
                <ins key={i} className="bg-green-200 text-green-950 dark:bg-green-900 dark:text-green-50">
                  <span className="sr-only">(missing: </span>
                  {part.text}
                  <span className="sr-only">)</span>
                </ins>
              ),
            )}
          </span>
        </p>
      ) : null}
    </div>
  );
}
