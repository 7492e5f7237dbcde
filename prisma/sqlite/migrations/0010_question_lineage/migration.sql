-- Every version of a question shares a lineage (the first version's id), so an assignment asking
-- one version keeps the others out of practice too. Each existing row starts its own lineage:
-- nothing recorded which row an edit replaced, so versions edited before this migration stay
-- apart (guessing by wording or rank could join different questions).
-- SQLite adds a column with a foreign key in place only with a NULL default, so the table is
-- redefined, as Prisma writes it, copying each row's id as its lineage.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "genKey" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'generated',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "type" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "choicesJson" TEXT NOT NULL DEFAULT '[]',
    "answer" TEXT NOT NULL,
    "acceptedJson" TEXT NOT NULL DEFAULT '[]',
    "explanation" TEXT NOT NULL DEFAULT '',
    "difficulty" REAL NOT NULL DEFAULT 0.5,
    "rank" INTEGER NOT NULL DEFAULT 0,
    "sourceSentence" TEXT,
    "sourceStart" INTEGER,
    "sourceEnd" INTEGER,
    "generatorVersion" TEXT,
    "lineageId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_lineageId_fkey" FOREIGN KEY ("lineageId") REFERENCES "Question" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
INSERT INTO "new_Question" ("acceptedJson", "answer", "articleId", "choicesJson", "createdAt", "difficulty", "explanation", "genKey", "generatorVersion", "id", "kind", "origin", "prompt", "rank", "sourceEnd", "sourceSentence", "sourceStart", "status", "type", "updatedAt", "lineageId") SELECT "acceptedJson", "answer", "articleId", "choicesJson", "createdAt", "difficulty", "explanation", "genKey", "generatorVersion", "id", "kind", "origin", "prompt", "rank", "sourceEnd", "sourceSentence", "sourceStart", "status", "type", "updatedAt", "id" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_articleId_status_idx" ON "Question"("articleId", "status");
CREATE INDEX "Question_lineageId_idx" ON "Question"("lineageId");
CREATE UNIQUE INDEX "Question_articleId_genKey_key" ON "Question"("articleId", "genKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

