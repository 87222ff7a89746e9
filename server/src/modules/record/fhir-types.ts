/**
 * The few FHIR R4 shapes the export writes, typed just enough to keep the builders honest. (The
 * official definitions are large; the tests check every resource against them with two validators.)
 */
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: { system: string; value: string };
  display?: string;
}

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Annotation {
  text: string;
  time?: string;
  authorReference?: Reference;
}

/** Any resource the bundle carries: its type, its id, and its other elements. */
export interface FhirResource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: BundleEntry[];
}
