'use client';
// The server counts review days in the student's own time zone, which only the browser knows:
// this stores it in a cookie and, when the page was drawn with another zone (the first visit,
// or after travelling), draws it again. Without JavaScript the page stays in UTC days and says so.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { TIME_ZONE_COOKIE } from '@/lib/study/activity';

/** `used`: the zone the page was drawn with; `redraw`: draw the page again when it differs (Today:
 * its days; elsewhere the cookie is only stored for the next page). */
export function TimeZoneCookie({ used, redraw = true }: { used: string | null; redraw?: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === used) return;
    // Already stored but not used: the server does not know this zone; drawing again would loop.
    const stored = document.cookie.split('; ').find((c) => c.startsWith(`${TIME_ZONE_COOKIE}=`));
    if (stored === `${TIME_ZONE_COOKIE}=${zone}`) return;
    // IANA names (letters, digits, _ + - /) are valid cookie values as they are.
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=31536000; samesite=lax`;
    if (redraw) router.refresh();
  }, [used, redraw, router]);
  return null;
}
