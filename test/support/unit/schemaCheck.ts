// A small JSON Schema check for the tools' inputSchema in package.json: the keywords those schemas
// use (type, properties, required, additionalProperties, enum, pattern, minLength, maxLength,
// minimum, maximum, items) and no more. A schema with another keyword fails, so that a schema
// growing past this check is noticed.
type Schema = Readonly<Record<string, unknown>>;

const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'items',
  'description',
]);

function typeOk(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      throw new Error(`schemaCheck: type ${String(type)} is not supported`);
  }
}

/** Where `value` breaks `schema`, one line each ("count: below minimum 1"); [] when it holds. */
export function schemaErrors(schema: Schema, value: unknown, at = '(input)'): string[] {
  const unknown = Object.keys(schema).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    throw new Error(`schemaCheck: keyword ${unknown.join(', ')} at ${at} is not supported`);
  }
  if (schema.type !== undefined && !typeOk(schema.type, value)) {
    return [`${at}: not ${JSON.stringify(schema.type)}`];
  }
  const errors: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${at}: not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${at}: does not match ${schema.pattern}`);
    }
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
      errors.push(`${at}: shorter than ${schema.minLength}`);
    }
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) {
      errors.push(`${at}: longer than ${schema.maxLength}`);
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      errors.push(`${at}: below minimum ${schema.minimum}`);
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      errors.push(`${at}: above maximum ${schema.maximum}`);
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => errors.push(...schemaErrors(schema.items as Schema, item, `${at}[${i}]`)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    errors.push(...objectErrors(schema, value as Record<string, unknown>, at));
  }
  return errors;
}

function objectErrors(schema: Schema, value: Record<string, unknown>, at: string): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const errors: string[] = [];
  for (const name of (schema.required ?? []) as string[]) {
    if (!(name in value)) {
      errors.push(`${at}: ${name} is required`);
    }
  }
  for (const [name, v] of Object.entries(value)) {
    const property = properties[name];
    if (property) {
      errors.push(...schemaErrors(property, v, name));
    } else if (schema.additionalProperties === false) {
      errors.push(`${at}: ${name} is not allowed`);
    }
  }
  return errors;
}
