-- Each question's Restrict check on delete (deleteUnusedArticle, lib/dal/article-manage.ts) looks
-- up answers and study cards by questionId alone, which their keys (attemptId, questionId) and
-- (userId, questionId) cannot serve, so every deleted question read both tables whole. Measured on
-- a copy of the bench:deck-filter database with 200,000 answers and 100,000 study cards, deleting a
-- 250-question unused article: SQLite 30.7 s and 31.4 s -> 23 ms, PostgreSQL 16.6 s and 14.1 s ->
-- 17 ms and 16 ms. On SQLite that delete holds the one write lock, so every answer save waited.
-- CreateIndex
CREATE INDEX "Response_questionId_idx" ON "Response"("questionId");

-- CreateIndex
CREATE INDEX "StudyCard_questionId_idx" ON "StudyCard"("questionId");
