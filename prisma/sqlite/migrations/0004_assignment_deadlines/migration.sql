-- Attempts closed by the server at their deadline, and the index the closing sweep reads.
ALTER TABLE "Attempt" ADD COLUMN "autoSubmitted" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "Attempt_status_deadlineAt_idx" ON "Attempt"("status", "deadlineAt");
