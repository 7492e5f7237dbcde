// Other accepted answers, inline: "UNESCO · the United Nations…". Answers may hold commas, so
// the eye gets a middle dot and a screen reader hears "or" between them.
export function AnswerList({ answers, className }: { answers: string[]; className?: string }) {
  return (
    <>
      {answers.map((answer, i) => (
        <span key={answer}>
          {i > 0 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, or </span>
            </>
          ) : null}
          <span className={className}>{answer}</span>
        </span>
      ))}
    </>
  );
}
