/** Consents to disclose and the disclosures made under them (42 CFR Part 2): the person decides who gets what. */
export { createConsentGate } from './consents.gate.js';
export { type ConsentRecord, createConsentRecord } from './consents.record.js';
export { type ConsentsRepo, createConsentsRepo } from './consents.repo.js';
export { consentsRoutes } from './consents.routes.js';
export { type ConsentsService, createConsentsService } from './consents.service.js';
export { disclosuresRoutes } from './disclosures.routes.js';
export { type BundleFor, createDisclosuresService, type DisclosuresService } from './disclosures.service.js';
