/**
 * Links made by earlier releases must keep opening (STYLE rule 5). Each fixture holds a link as
 * that release wrote it and the plan it stood for. While the schema is still at the fixture's
 * version, the link must decode to exactly that plan: a renamed field, a new field or a changed
 * default shows up here. Once the version moves on, the link must decode to what the migrations
 * make of the stored plan, so a schema change without a migration fails here too.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, formatIssue, parsePlan } from '@/plan';
import { decodePlanLink, encodePlanLink } from './link-codec';
import linksV1 from './fixtures/links-v1.json';
import linksV2 from './fixtures/links-v2.json';
import linksV3 from './fixtures/links-v3.json';

/** One file per released schema version; a new version adds its file here. */
const FIXTURE_FILES: { schemaVersion: number; links: { name: string; link: string; plan: unknown }[] }[] = [linksV1, linksV2, linksV3];

describe.each(FIXTURE_FILES.map((file) => [file.schemaVersion, file] as const))('links made with schema version %i', (version, file) => {
  it('the file holds both examples and edge plans', () => {
    expect(file.links.length).toBeGreaterThanOrEqual(4);
  });

  it.each(file.links.map((fixture) => [fixture.name, fixture] as const))('%s opens unchanged', (_, fixture) => {
    const decoded = decodePlanLink(fixture.link);
    if (decoded.kind !== 'plan') throw new Error(`did not open: ${JSON.stringify(decoded)}`);
    if (version === SCHEMA_VERSION) {
      expect(decoded.plan).toEqual(fixture.plan);
    } else {
      const migrated = parsePlan(fixture.plan);
      if (!migrated.ok) throw new Error(`the stored plan no longer migrates: ${migrated.issues.map(formatIssue).join('; ')}`);
      expect(decoded.plan).toEqual(migrated.plan);
    }
  });
});

it('today’s links carry today’s version and open again', () => {
  for (const fixture of FIXTURE_FILES.flatMap((file) => file.links)) {
    const decoded = decodePlanLink(fixture.link);
    if (decoded.kind !== 'plan') throw new Error('fixture did not open');
    const again = encodePlanLink(decoded.plan);
    expect(again.ok && again.hash.startsWith(`#plan=${SCHEMA_VERSION}.`)).toBe(true);
    expect(again.ok && decodePlanLink(again.hash)).toEqual(decoded);
  }
});
