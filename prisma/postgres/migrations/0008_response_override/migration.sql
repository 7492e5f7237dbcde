-- A teacher may mark one answer right or wrong: the automatic grade is kept beside the mark that
-- counts, with who changed it and when (lib/dal/response-overrides.ts). Nullable, no backfill.
-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "autoIsCorrect" BOOLEAN,
ADD COLUMN     "overriddenAt" TIMESTAMP(3),
ADD COLUMN     "overriddenById" TEXT;
