-- Short answers may accept more than one answer: the others besides "answer", as a JSON array.
-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "acceptedJson" TEXT NOT NULL DEFAULT '[]';
