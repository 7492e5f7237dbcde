-- Every version of a question shares a lineage (the first version's id), so an assignment asking
-- one version keeps the others out of practice too. Each existing row starts its own lineage:
-- nothing recorded which row an edit replaced, so versions edited before this migration stay
-- apart (guessing by wording or rank could join different questions).
-- AlterTable: added nullable, filled with each row's own id, then made NOT NULL.
ALTER TABLE "Question" ADD COLUMN     "lineageId" TEXT;
UPDATE "Question" SET "lineageId" = "id";
ALTER TABLE "Question" ALTER COLUMN "lineageId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Question_lineageId_idx" ON "Question"("lineageId");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_lineageId_fkey" FOREIGN KEY ("lineageId") REFERENCES "Question"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
