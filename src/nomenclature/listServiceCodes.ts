import { HG_867_2015 } from './data/hg867-2015.js';
import { SERVICE_KINDS } from './labels.js';
import { nomenclatureAsOf, type NomenclatureSnapshot } from './nomenclatureAsOf.js';
import type { NomenclatureEdition } from './types.js';

/**
 * Filters of {@link listServiceCodes}; every filter given must match.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import type { ListServiceCodesOptions } from 'plan-servicii-sociale/nomenclature';
 * const o: ListServiceCodesOptions = { asOf: '2024-01-31', kind: 'day_centre', category: 'V' };
 * o.kind; //=> 'day_centre'
 * ```
 */
export interface ListServiceCodesOptions {
  /** Only codes in force on this ISO day. */
  readonly asOf: string;
  /** CAEN class: "8891". */
  readonly caen?: string;
  /** Service type acronym: "CZ". */
  readonly type?: string;
  /** Kind of service: residential, day centre, home care, community, other. */
  readonly kind?: keyof typeof SERVICE_KINDS;
  /** Beneficiary category acronym: "C", "V", "D"... */
  readonly category?: string;
  /** Only entries the reference data could verify. */
  readonly verifiedOnly?: boolean;
  /** The catalogue. Default: {@link HG_867_2015}. */
  readonly edition?: NomenclatureEdition;
}

/**
 * Lists the codes in force on a date, filtered by CAEN class, service type or kind, beneficiary
 * category and verification, in catalogue order: the data behind a code picker.
 *
 * @param options - Date and filters.
 * @returns The matching entries and the edition used (type and category compare in upper case; an
 *   unknown kind matches nothing).
 * @throws TypeError when `asOf` is not an ISO day.
 * @category Nomenclature
 * @example
 * ```ts
 * import { listServiceCodes } from 'plan-servicii-sociale/nomenclature';
 * listServiceCodes({ asOf: '2024-01-31', kind: 'home_care' }).entries.map((e) => e.code); //=> ['8810 ID-I', '8810 ID-II', '8810 ID-III', '8810 ID-VI']
 * listServiceCodes({ asOf: '2024-01-31', caen: '8891', verifiedOnly: true }).entries.length; //=> 3
 * ```
 */
export function listServiceCodes(options: ListServiceCodesOptions): NomenclatureSnapshot {
  const snapshot = nomenclatureAsOf(options?.asOf, { edition: options?.edition ?? HG_867_2015 });
  const kindTypes: readonly string[] | undefined = options.kind ? (SERVICE_KINDS[options.kind]?.types ?? []) : undefined;
  const up = (x: string | undefined) => (typeof x === 'string' ? x.trim().toUpperCase() : undefined);
  const [type, category] = [up(options.type), up(options.category)];
  const entries = snapshot.entries.filter(
    (e) =>
      (options.caen === undefined || e.caen === options.caen) &&
      (type === undefined || e.type === type) &&
      (kindTypes === undefined || kindTypes.includes(e.type)) &&
      (category === undefined || e.category === category) &&
      (!options.verifiedOnly || e.verified),
  );
  return { edition: snapshot.edition, entries };
}
