-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "autoSubmitted" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Attempt_status_deadlineAt_idx" ON "Attempt"("status", "deadlineAt");

