'use client';
import { useActionState } from 'react';
import { writeAction } from './actions';

export function WriteForm() {
  const [state, action] = useActionState(writeAction, { status: 'idle' });
  return (
    <form action={action}>
      <input type="hidden" name="op" value="save" />
      <input type="hidden" name="attemptId" value="browser" />
      <input type="hidden" name="questionId" value="q0" />
      <input type="hidden" name="answer" value="from the browser" />
      <button type="submit">Save</button>
      <p>{state.status}</p>
    </form>
  );
}
