// Gleaner's <Link>: next/link without prefetching. Every Gleaner page is rendered for its viewer
// (nothing is static), so next/link's default — prefetch each link as it scrolls into view —
// made the server render the layout (session lookup included) for every visible link on every
// page view: the header alone sent five or six such requests per page, a student's quiz about
// thirty (bench/quiz-walkthrough.mjs). A click now asks for the page when it is clicked, as a
// dynamic page without loading.tsx needed anyway to show anything.
import NextLink from 'next/link';
import type { ComponentProps } from 'react';

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
