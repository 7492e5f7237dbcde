// A CSV download response: UTF-8 with a byte-order mark (so Excel reads accents right), a
// filename safe in the header, and no caching (grades change).

function asciiFilename(name: string): string {
  return name.replace(/[^\w .()-]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 120) || 'export';
}

export function csvResponse(csv: string, name: string): Response {
  const file = `${asciiFilename(name)}.csv`;
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(`${name}.csv`)}`,
      'Cache-Control': 'private, no-store',
    },
  });
}
