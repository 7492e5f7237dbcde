import { describe, expect, it } from 'vitest';
import { safeNextPath } from './auth';

describe('safeNextPath', () => {
  it('follows same-site paths', () => {
    expect(safeNextPath('/teach/classes?from=mail')).toBe('/teach/classes?from=mail');
    expect(safeNextPath('/attempts/abc/results')).toBe('/attempts/abc/results');
  });

  it('refuses other origins, however they are spelled', () => {
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example', '/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example', '', undefined]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBe('/');
    }
    // What a browser makes of the tab: another origin.
    expect(new URL('/\t/evil.example/x', 'https://gleaner.example').host).toBe('evil.example');
  });
});
