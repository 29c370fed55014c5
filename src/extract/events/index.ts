import type { EntityLayer } from '../entities/index.js';
import type { Document, Event, Statement } from '../../types.js';

export function extractEvents(_doc: Document, _layer: EntityLayer, _statements: Statement[]): Event[] {
  return [];
}
