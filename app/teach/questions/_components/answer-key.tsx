// A short answer's key as the question bank lists it: the expected answer, then every other
// answer graded right, so a teacher sees at a glance what counts (imports bring several).
// Teacher pages only: this is answer key (DESIGN.md, "who may see answers").
import { Fragment } from 'react';

/** Answers may be long words or codes without spaces; they wrap anywhere rather than widen a phone's page. */
const WRAP = '[overflow-wrap:anywhere]';

export function ShortAnswerKey({ answer, accepted }: { answer: string; accepted: readonly string[] }) {
  return (
    <div className="mt-2 text-sm">
      <p className={WRAP}>
        Answer: <strong>{answer}</strong>
      </p>
      {accepted.length > 0 ? (
        // The label and the answers flow like a sentence; each answer is its own tinted box that
        // never breaks across two (a long one wraps inside it), so no one reads two answers as one.
        <div className="mt-1 leading-6">
          <span className="mr-0.5 text-stone-600 dark:text-stone-400" aria-hidden="true">
            Also accepted:
          </span>{' '}
          {/* The spaces between the boxes are where lines may break. */}
          <ul aria-label="Also accepted" className="inline">
            {accepted.map((text) => (
              <Fragment key={text}>
                <li
                  className={`mr-0.5 mb-1 inline-block max-w-full rounded bg-stone-100 px-1.5 align-top text-stone-900 dark:bg-stone-800 dark:text-stone-100 ${WRAP}`}
                >
                  {text}
                </li>{' '}
              </Fragment>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
