-- More time for one student at one assignment: a later due time and/or extra minutes.
-- CreateTable
CREATE TABLE "AssignmentExtension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dueAt" DATETIME,
    "extraMinutes" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssignmentExtension_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssignmentExtension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AssignmentExtension_userId_idx" ON "AssignmentExtension"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AssignmentExtension_assignmentId_userId_key" ON "AssignmentExtension"("assignmentId", "userId");

