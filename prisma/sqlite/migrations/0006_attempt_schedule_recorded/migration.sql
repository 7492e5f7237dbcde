-- When an attempt's grades reached the owner's study schedule (the sweep records missing ones).
-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "scheduleRecordedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Attempt_status_scheduleRecordedAt_idx" ON "Attempt"("status", "scheduleRecordedAt");

-- Attempts submitted before this column existed were recorded then.
UPDATE "Attempt" SET "scheduleRecordedAt" = "submittedAt" WHERE "status" = 'submitted';
