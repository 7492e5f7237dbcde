// A JSON reply of the quiz's route handlers: per student and per moment, so never cached.
import { NextResponse } from 'next/server';

export function noStoreJson(body: unknown, status = 200): Response {
  return NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });
}
