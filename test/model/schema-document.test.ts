import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, type EntityKind } from '../../src/index.js';
import { schemaDocument, schemaFileName } from '../../src/model/schema-document.js';

describe('schemaDocument', () => {
  it('adds the $id (unpkg URL of the shipped file for the version), the title and the description before the JSON Schema', () => {
    const document = schemaDocument('observation', '1.2.3');
    expect(Object.keys(document).slice(0, 4)).toEqual(['$id', 'title', 'description', '$schema']);
    expect(document).toMatchObject({
      $id: 'https://unpkg.com/ocop@1.2.3/schemas/observation.json',
      title: 'Observation reported against a plan target',
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
    });
  });
  it('names the override schema file for editors’ schema associations, the others <kind>.json', () => {
    expect(schemaFileName('ruleOverride')).toBe('rule-override.schema.json');
    expect(schemaFileName('scoreSheet')).toBe('scoreSheet.json');
    expect(schemaDocument('ruleOverride', '0.1.0').$id).toBe(
      'https://unpkg.com/ocop@0.1.0/schemas/rule-override.schema.json',
    );
  });
  it('every kind has its own title', () => {
    const titles = (Object.keys(ENTITY_SCHEMAS) as EntityKind[]).map((kind) => schemaDocument(kind, '0.1.0').title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).not.toContain('plan');
  });
});
