/**
 * The person's record as they take it with them: the whole of it as JSON (streamed) and as a FHIR
 * R4 Bundle. `createRecordExport` is also the builder a disclosure uses, limited to the consented
 * data classes: `recordExport.fhirBundle({ organisationId, participantId }, { dataClasses })`.
 */
export type { Bundle, FhirResource, Reference } from './fhir-types.js';
export { recordRoutes } from './record.routes.js';
export { createRecordService, type RecordService } from './record.service.js';
export { createRecordExport, type RecordExport, type RecordExportOptions } from './record-export.js';
