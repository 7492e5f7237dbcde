// The student's time zone, as their browser stored it (components/time-zone-cookie.tsx), for
// what counts as "today"; undefined (UTC days) until it is known or when it is not a real zone.
import 'server-only';
import { cookies } from 'next/headers';
import { knownTimeZone, TIME_ZONE_COOKIE } from './activity';

export async function studentTimeZone(): Promise<string | undefined> {
  return knownTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
