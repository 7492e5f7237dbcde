-- Short answers may accept more than one answer: the others besides "answer", as a JSON array.
-- `prisma migrate diff` offers a table redefinition here (copy Question, drop it, rename); an
-- added column with a default is the same schema (the drift check agrees) without copying the
-- table that every response, quiz and study card points at.
-- AlterTable
ALTER TABLE "Question" ADD COLUMN "acceptedJson" TEXT NOT NULL DEFAULT '[]';
