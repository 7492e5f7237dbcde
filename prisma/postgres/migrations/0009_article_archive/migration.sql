-- A used article is archived rather than deleted: hidden from new work, kept for past work.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "archivedAt" TIMESTAMP(3);
