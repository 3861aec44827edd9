/** Builds CHECK constraints from the enum module, so the database accepts exactly the values the code uses. */
export function checkIn(column: string, values: readonly string[]): string {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return `CHECK (${column} IN (${list}))`;
}
