'use client';
// The typed answer of a short-answer question. It holds at most MAX_ANSWER_LENGTH characters, the
// server's own limit (lib/schemas/attempts.ts), and says so rather than cut text unseen: near the
// limit it counts down what is left (a screen reader hears the count once typing pauses, not at
// every key), and a paste that would not fit is refused with the reason, so nothing is lost.
import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { MAX_ANSWER_LENGTH } from '@/lib/input-limits';

/** How close to the limit the count shows. */
const COUNT_WITHIN = 50;
/** How long typing pauses before a screen reader hears the count. */
const SPEAK_AFTER_MS = 1_000;

/**
 * Sent to the input when code sets its text (a newer answer saved in another tab): setting
 * `value` fires no input event, and the count would go on showing the old text's length.
 */
export const ANSWER_REPLACED_EVENT = 'gleaner:answer-replaced';

function leftText(left: number): string {
  if (left <= 0) return `No characters left: answers are at most ${MAX_ANSWER_LENGTH} characters.`;
  return `${left} ${left === 1 ? 'character' : 'characters'} left`;
}

interface Props {
  id: string;
  defaultValue: string;
  onTyping: () => void;
  onLeave: () => void;
}

export function ShortAnswerField({ id, defaultValue, onTyping, onLeave }: Props) {
  const [length, setLength] = useState(defaultValue.length);
  const [refusal, setRefusal] = useState<string | null>(null);
  // What the polite live region says.
  const [spoken, setSpoken] = useState('');
  const speakTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(speakTimer.current), []);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onReplaced = () => {
      setLength(input.value.length);
      setRefusal(null);
      clearTimeout(speakTimer.current);
      setSpoken('');
    };
    input.addEventListener(ANSWER_REPLACED_EVENT, onReplaced);
    return () => input.removeEventListener(ANSWER_REPLACED_EVENT, onReplaced);
  }, []);
  const left = MAX_ANSWER_LENGTH - length;
  const countId = `${id}-count`;

  function onInput(event: FormEvent<HTMLInputElement>) {
    const nowLeft = MAX_ANSWER_LENGTH - event.currentTarget.value.length;
    setLength(event.currentTarget.value.length);
    setRefusal(null);
    onTyping();
    clearTimeout(speakTimer.current);
    speakTimer.current = setTimeout(() => setSpoken(nowLeft <= COUNT_WITHIN ? leftText(nowLeft) : ''), SPEAK_AFTER_MS);
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    // A one-line box: a pasted line break takes at most one character.
    const pasted = event.clipboardData.getData('text/plain').replace(/\r\n|\r|\n/g, ' ');
    const room = MAX_ANSWER_LENGTH - input.value.length + ((input.selectionEnd ?? 0) - (input.selectionStart ?? 0));
    if (pasted.length <= room) return;
    // The browser would keep the first `room` characters and drop the rest without a word.
    event.preventDefault();
    const message = `Not pasted: that is ${pasted.length} characters and ${room} fit here (answers are at most ${MAX_ANSWER_LENGTH} characters). Shorten it and paste again.`;
    setRefusal(message);
    clearTimeout(speakTimer.current);
    setSpoken(message);
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        Your answer
      </label>
      <input
        ref={inputRef}
        id={id}
        name="answer"
        type="text"
        defaultValue={defaultValue}
        maxLength={MAX_ANSWER_LENGTH}
        autoComplete="off"
        aria-describedby={countId}
        onInput={onInput}
        onPaste={onPaste}
        onBlur={onLeave}
        className="min-h-11 rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
      />
      {/* Seen here, heard through the region below (aria-describedby still reads it on focus). */}
      <p
        id={countId}
        aria-hidden="true"
        className={`min-h-5 text-sm ${refusal || left <= 0 ? 'text-red-700 dark:text-red-400' : 'text-stone-600 dark:text-stone-400'}`}
      >
        {refusal ?? (left <= COUNT_WITHIN ? leftText(left) : '')}
      </p>
      <p aria-live="polite" className="sr-only">
        {spoken}
      </p>
    </div>
  );
}
