-- A used article is archived rather than deleted: hidden from new work, kept for past work.
-- An added nullable column (no table redefinition, as 0007 explains).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "archivedAt" DATETIME;
