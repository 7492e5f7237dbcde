// Ceilings (b)-(d) and the blank page: the smallest Next.js app that does what Gleaner does.
// Its build output goes beside Gleaner's other build folders (ignored like them).
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR || '../../../.next-bench-ceilings',
};
export default nextConfig;
