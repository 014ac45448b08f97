export { bodyOf, inDifferentPlaces, pairByBody, sameBody, siteOf, yearPairs, type BodyGroup, type Correction, type Pairing, type YearPair } from './body';
export { compareOrgans, readOrgan, type NameAgreement, type OrganName } from './organ';
