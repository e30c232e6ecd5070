/**
 * Kinds of service for UI filters, from the service type: residential (CR, CPCSA), day centre (CZ),
 * home care (ID), community (SIS, CPDH), other (SF, an acronym no source spells out).
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { SERVICE_KINDS } from 'plan-servicii-sociale/nomenclature';
 * SERVICE_KINDS.residential.types; //=> ['CR', 'CPCSA']
 * ```
 */
export const SERVICE_KINDS = {
  residential: { types: ['CR', 'CPCSA'], ro: 'servicii sociale cu cazare', en: 'residential services' },
  day_centre: { types: ['CZ'], ro: 'centre de zi', en: 'day centres' },
  home_care: { types: ['ID'], ro: 'îngrijire la domiciliu', en: 'home care' },
  community: { types: ['SIS', 'CPDH'], ro: 'servicii în comunitate', en: 'community services' },
  other: { types: ['SF'], ro: 'alte servicii (SF: acronim neexplicat în sursele găsite)', en: 'other services (SF: acronym not spelled out in the sources found)' },
} as const;

/**
 * Labels of the beneficiary categories of codes in Romanian (shortened from the meaning the reference
 * data infers from the nomenclature's section titles; MC, VTP, AD, PD and MS are unverified there)
 * and English (the library's translation).
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { CATEGORY_LABELS } from 'plan-servicii-sociale/nomenclature';
 * CATEGORY_LABELS.V; //=> { ro: 'persoane vârstnice', en: 'older people' }
 * ```
 */
export const CATEGORY_LABELS = {
  C: { ro: 'copii', en: 'children' },
  V: { ro: 'persoane vârstnice', en: 'older people' },
  D: { ro: 'persoane adulte cu dizabilități', en: 'adults with disabilities' },
  F: { ro: 'familie (cu copii)', en: 'families (with children)' },
  MC: { ro: 'mamă și copil', en: 'mother and child' },
  T: { ro: 'tineri (în dificultate)', en: 'young people (in difficulty)' },
  VD: { ro: 'victime ale violenței domestice', en: 'victims of domestic violence' },
  PFA: { ro: 'persoane fără adăpost', en: 'homeless people' },
  VTP: { ro: 'victime ale traficului de persoane', en: 'victims of human trafficking' },
  AD: { ro: 'persoane cu adicții', en: 'people with addictions' },
  PD: { ro: 'alte persoane în situație de dependență', en: 'other dependent persons' },
  PN: { ro: 'alte persoane aflate în situații de nevoie', en: 'other persons in need' },
  MS: { ro: 'medico-social', en: 'medico-social' },
} as const;

/**
 * Labels of the service types in Romanian and English. The meanings are inferred by the reference
 * data from the nomenclature's section titles (acronyms.json says which are verified: CR, CZ, ID and
 * CPDH are; SIS and CPCSA are not); SF is spelled out by no source.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { SERVICE_TYPE_LABELS } from 'plan-servicii-sociale/nomenclature';
 * SERVICE_TYPE_LABELS.CZ.en; //=> 'day centre'
 * ```
 */
export const SERVICE_TYPE_LABELS = {
  CR: { ro: 'centru rezidențial', en: 'residential centre' },
  CZ: { ro: 'centru de zi', en: 'day centre' },
  ID: { ro: 'îngrijire la domiciliu', en: 'home care' },
  SIS: { ro: 'intervenție în stradă', en: 'street intervention' },
  CPDH: { ro: 'centru de preparare și distribuire a hranei', en: 'food preparation and distribution centre' },
  CPCSA: { ro: 'centru de primire și cazare pentru solicitanții de azil', en: 'reception centre for asylum seekers' },
  SF: { ro: 'SF (acronim neexplicat în sursele găsite)', en: 'SF (acronym not spelled out in the sources found)' },
} as const;
