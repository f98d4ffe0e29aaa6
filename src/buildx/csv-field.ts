/** buildx's CSV grammar: a field holding a comma or a quote is quoted as a whole. */
export function csvField(field: string): string {
  return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
