/** A small line chart as SVG: p99 latency against offered load, one line per design, log-scaled axes. */
export interface Series {
  name: string;
  color: string;
  points: Array<{ x: number; y: number }>;
}

export function latencyChart(title: string, series: Series[]): string {
  const W = 720;
  const H = 420;
  const m = { l: 70, r: 20, t: 40, b: 60 };
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => Math.max(p.y, 1)));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [1, Math.max(...ys) * 1.2];
  const lx = (x: number) => m.l + ((Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0) || 1)) * (W - m.l - m.r);
  const ly = (y: number) => H - m.b - ((Math.log10(Math.max(y, 1)) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0) || 1)) * (H - m.t - m.b);
  const ticks = (lo: number, hi: number) => {
    const out: number[] = [];
    for (let d = 10 ** Math.floor(Math.log10(lo)); d <= hi; d *= 10) for (const k of [1, 2, 5]) if (d * k >= lo && d * k <= hi) out.push(d * k);
    return out;
  };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15">${title}</text>`,
    `<text x="${W / 2}" y="${H - 15}" text-anchor="middle">offered load (requests/s, log scale)</text>`,
    `<text transform="translate(18 ${H / 2}) rotate(-90)" text-anchor="middle">p99 latency (ms, log scale)</text>`,
  ];
  for (const t of ticks(x0, x1)) parts.push(`<line x1="${lx(t)}" x2="${lx(t)}" y1="${m.t}" y2="${H - m.b}" stroke="#eee"/><text x="${lx(t)}" y="${H - m.b + 16}" text-anchor="middle">${t}</text>`);
  for (const t of ticks(y0, y1)) parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${ly(t)}" y2="${ly(t)}" stroke="#eee"/><text x="${m.l - 6}" y="${ly(t) + 4}" text-anchor="end">${t}</text>`);
  parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${ly(100)}" y2="${ly(100)}" stroke="#999" stroke-dasharray="4 4"/><text x="${W - m.r}" y="${ly(100) - 4}" text-anchor="end" fill="#666">100 ms</text>`);
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${lx(p.x).toFixed(1)},${ly(p.y).toFixed(1)}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    for (const p of s.points) parts.push(`<circle cx="${lx(p.x).toFixed(1)}" cy="${ly(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    parts.push(`<rect x="${m.l + 10}" y="${m.t + 8 + i * 18}" width="12" height="3" fill="${s.color}"/><text x="${m.l + 28}" y="${m.t + 13 + i * 18}">${s.name}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
