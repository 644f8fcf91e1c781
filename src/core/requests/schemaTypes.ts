// The JSON types of the schema: does a node have one, and how a message names them.
import type { Node } from 'jsonc-parser';
import type { Translate } from '../translate';
import type { RequestFileOwnCode } from './codes';
import { shownPath } from './keys';

export type JsonPath = readonly (string | number)[];

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** The keywords of a schema node this interpreter reads (annotations included). */
export interface SchemaNode {
  /** A list admits each type; `null` in it marks an optional field that may be null (read as absent). */
  readonly type?: SchemaType | readonly SchemaType[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  /** VS Code's message for a pattern mismatch; translated like a description. */
  readonly patternErrorMessage?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  /** `false`: an unknown key is an error; a schema: every other key's value must match it (a map). */
  readonly additionalProperties?: false | SchemaNode;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  /** Exactly one branch must hold: the body member of a file, count or resource_ids of a shrink. */
  readonly oneOf?: readonly SchemaNode[];
}

export interface SchemaProblem {
  readonly code: RequestFileOwnCode;
  readonly path: JsonPath;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

export function shown(path: JsonPath): string {
  return shownPath(path) || '/';
}

/** The key of the property holding a node, else the node itself: where "missing" problems point. */
export function anchorOf(node: Node): Node {
  return node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
}

function oneTypeMatches(type: SchemaType, node: Node): boolean {
  return type === 'integer' ? node.type === 'number' && Number.isInteger(node.value) : node.type === type;
}

export function typeMatches(type: SchemaNode['type'], node: Node): boolean {
  if (type === undefined) {
    return true;
  }
  return typeof type === 'string' ? oneTypeMatches(type, node) : type.some((one) => oneTypeMatches(one, node));
}

function oneTypeText(type: SchemaType, t: Translate): string {
  switch (type) {
    case 'integer':
      return t('a whole number');
    case 'number':
      return t('a number');
    case 'string':
      return t('a string');
    case 'boolean':
      return t('true or false');
    case 'object':
      return t('an object');
    case 'array':
      return t('a list');
    case 'null':
      return '';
  }
}

/** What a field must be; `null` is left unsaid (it reads as the field left out). */
export function typeText(type: SchemaNode['type'], t: Translate): string {
  if (type === undefined) {
    return '';
  }
  const types = typeof type === 'string' ? [type] : type.filter((one) => one !== 'null');
  return types.map((one) => oneTypeText(one, t)).join(t(' or '));
}
