// Transition guards name fields either as columns (expected_close_date) or as the API does
// (expectedCloseDate); entities registered with the workflow engine expose both.

export function withCamelCaseKeys(
  row: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!row) return undefined;
  const fields: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(row)) {
    const camel = key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    if (!(camel in fields)) fields[camel] = value;
  }
  return fields;
}
