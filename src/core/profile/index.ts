export { luhnValid, parseOrganisationsnummer, parseBankgiro, parsePlusgiro, checkDiarienummer } from './identifiers';
export {
  profileSchema,
  validateProfile,
  parseProfileJson,
  paymentAccount,
  EMPTY_PROFILE,
  type Profile,
  type ValidatedProfile,
} from './profile';
export { PROFILE_MESSAGES, type ProfileIssue, type ProfileIssueCode } from './messages';
