export { distributionAudit, auditRows, auditJson, type AuditRecord, type GenerationStamp } from './audit';
