-- The quizzes asking a question, found by questionId alone: the assignment filter of study decks
-- and practice, the teacher's answer-hold check and every question's Restrict check on delete.
-- The primary key (quizId, questionId) and the unique (quizId, position) both lead with quizId,
-- so each of those lookups read every quiz's questions (seconds at 500,000 rows).
-- CreateIndex
CREATE INDEX "QuizQuestion_questionId_idx" ON "QuizQuestion"("questionId");

-- The same filter then asks for the assignments of each quiz found: without this, every quiz
-- read all assignments (the Today page, which filters every question, took minutes).
-- CreateIndex
CREATE INDEX "Assignment_quizId_idx" ON "Assignment"("quizId");
